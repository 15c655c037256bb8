"""Obviously correct: every split p + q = N with p <= q, both prime by counting divisors; keep the closest."""
import sys

data = sys.stdin.read().split()
for n in map(int, data[1:]):
    best = None
    for p in range(2, n // 2 + 1):
        q = n - p
        if all(p % d for d in range(2, p)) and all(q % d for d in range(2, q)):
            best = (p, q)  # later splits are closer to the middle
    print(*best)
