import sys

# The row DP: each item differs from the one before; the cheapest last colour.
data = sys.stdin.buffer.read().split()
n = int(data[0])
cost = [(int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])) for i in range(n)]
best = list(cost[0])
for i in range(1, n):
    r, g, b = cost[i]
    best = [r + min(best[1], best[2]), g + min(best[0], best[2]), b + min(best[0], best[1])]
print(min(best))
