"""Wrong: for an even count takes the upper median, which is best but not the smallest best point."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = sorted(map(int, data[1:1 + n]))
p = a[n // 2]
print(p, sum(abs(x - p) for x in a))
