"""Obviously correct for small N: count the divisors of every k <= N directly, keep the first maximum."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
for n in map(int, data[1:1 + q]):
    counts = [sum(1 for d in range(1, k + 1) if k % d == 0) for k in range(1, n + 1)]
    best = max(counts)
    print(counts.index(best) + 1, best)
