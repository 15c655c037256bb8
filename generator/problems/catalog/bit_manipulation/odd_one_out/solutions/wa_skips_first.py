"""Wrong: off by one, the XOR loop starts at the second entry."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
acc = 0
for i in range(1, n):
    acc ^= a[i]
print(acc)
