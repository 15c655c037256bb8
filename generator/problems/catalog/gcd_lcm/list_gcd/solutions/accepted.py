import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
g = 0
for x in a:  # gcd(0, x) = x, so folding from 0 is the gcd of the whole list
    g = gcd(g, x)
print(g, sum(x // g for x in a))
