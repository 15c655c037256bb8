import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best, index = 0, 0
for i in range(n):  # recompute the gcd of the other N - 1 numbers for every removal
    g = 0
    for j in range(n):
        if j != i:
            g = gcd(g, a[j])
    if g > best:
        best, index = g, i + 1
print(best, index)
