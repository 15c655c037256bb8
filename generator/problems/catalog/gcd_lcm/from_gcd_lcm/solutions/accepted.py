import sys
from math import gcd

g, l = map(int, sys.stdin.read().split())
if l % g:
    print(-1)
else:
    k = l // g  # x = g*a, y = g*b with a*b = k and gcd(a, b) = 1
    best = 1
    a = 1
    while a * a <= k:  # the last coprime divisor below sqrt(k) gives the smallest sum
        if k % a == 0 and gcd(a, k // a) == 1:
            best = a
        a += 1
    print(g * best, g * (k // best))
