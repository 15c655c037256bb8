import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
prefix = [0] * (n + 1)
suffix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = gcd(prefix[i], a[i])
for i in range(n - 1, -1, -1):
    suffix[i] = gcd(suffix[i + 1], a[i])
best, index = 0, 0
for i in range(n):
    g = gcd(prefix[i], suffix[i + 1])
    if g >= best:  # ties move to the later index
        best, index = g, i + 1
print(best, index)
