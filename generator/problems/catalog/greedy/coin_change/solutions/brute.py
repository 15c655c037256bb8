"""Obviously correct: the fewest coins for every amount up to N (only run on small N)."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
coins = list(map(int, data[2:2 + k]))
INF = float("inf")
best = [0] + [INF] * n
for x in range(1, n + 1):
    for c in coins:
        if c <= x and best[x - c] + 1 < best[x]:
            best[x] = best[x - c] + 1
print(best[n])
