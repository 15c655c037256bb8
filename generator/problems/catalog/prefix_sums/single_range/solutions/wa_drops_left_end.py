"""Wrong: subtracts P[l] instead of P[l-1], losing A_l."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
l, r = int(data[1 + n]), int(data[2 + n])
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + a[i]
print(prefix[r] - prefix[l])
