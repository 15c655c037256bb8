"""Wrong: splits L / G into its prime powers and hands each, largest first, to the smaller side (a balancing
heuristic, not a search over all splits): for L / G = 2310 = 2 * 3 * 5 * 7 * 11 it gives 35 * 66, but 42 * 55 has
the smaller sum."""
import sys

g, l = map(int, sys.stdin.read().split())
if l % g:
    print(-1)
else:
    k = rest = l // g
    powers = []
    p = 2
    while p * p <= rest:
        if rest % p == 0:
            q = 1
            while rest % p == 0:
                rest //= p
                q *= p
            powers.append(q)
        p += 1
    if rest > 1:
        powers.append(rest)
    a = b = 1
    for q in sorted(powers, reverse=True):
        if a <= b:
            a *= q
        else:
            b *= q
    print(g * min(a, b), g * max(a, b))
