import sys

lo, hi = map(int, sys.stdin.read().split())
count = 0
for n in range(max(lo, 2), hi + 1):  # trial division for every number of the window: O((R - L) sqrt(R))
    d, ok = 2, True
    while d * d <= n:
        if n % d == 0:
            ok = False
            break
        d += 1
    count += ok
print(count)
