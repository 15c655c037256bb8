"""Obviously correct: count the intervals containing each candidate point (every end and its neighbours) and take
the deepest, smallest point."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
ivs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
candidates = sorted({p + d for l, r in ivs for p in (l, r) for d in (-1, 0, 1)})
best = max(candidates, key=lambda p: (sum(1 for l, r in ivs if l <= p <= r), -p))
print(sum(1 for l, r in ivs if l <= best <= r), best)
