import sys
from math import gcd

g, l = map(int, sys.stdin.read().split())
best = None
if l % g == 0:
    for x in range(g, l + 1, g):  # every multiple of g is a candidate for x
        if l % x == 0:
            y = l // x * g
            if x <= y and gcd(x, y) == g:
                best = (x, y)
print(*best) if best else print(-1)
