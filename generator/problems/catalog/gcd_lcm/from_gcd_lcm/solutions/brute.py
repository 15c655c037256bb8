"""Obviously correct: every pair x <= y of multiples of G up to L, checked with gcd and lcm; keep the smallest sum."""
import sys
from math import gcd

g, l = map(int, sys.stdin.read().split())
best = None
for x in range(g, l + 1, g):
    for y in range(x, l + 1, g):
        if gcd(x, y) == g and x * y // gcd(x, y) == l and (best is None or x + y < sum(best)):
            best = (x, y)
print(*best) if best else print(-1)
