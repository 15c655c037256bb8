"""Wrong: sorts the masks and ANDs only neighbours (the trick that works for the smallest XOR), but the best AND
pair can have masks between them that share nothing with either, e.g. 2, 4, 9, 18 where only 2 & 18 = 2 > 0."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
print(max(a[i] & a[i + 1] for i in range(n - 1)))
