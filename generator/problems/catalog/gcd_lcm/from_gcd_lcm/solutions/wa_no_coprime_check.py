import sys

g, l = map(int, sys.stdin.read().split())
if l % g:
    print(-1)
else:
    k = l // g  # x = g*a, y = g*b with a*b = k
    best = 1
    a = 1
    while a * a <= k:  # any divisor pair: but gcd(a, b) > 1 makes the gcd of x, y larger than g
        if k % a == 0:
            best = a
        a += 1
    print(g * best, g * (k // best))
