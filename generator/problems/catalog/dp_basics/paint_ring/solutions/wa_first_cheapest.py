import sys

# Give item 1 its cheapest colour, run the row DP (each item differs from the one before), and let the last
# item differ from item 1.
data = sys.stdin.buffer.read().split()
n = int(data[0])
cost = [(int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])) for i in range(n)]
INF = float("inf")
first = cost[0].index(min(cost[0]))
best = [INF, INF, INF]
best[first] = cost[0][first]
for i in range(1, n):
    r, g, b = cost[i]
    best = [r + min(best[1], best[2]), g + min(best[0], best[2]), b + min(best[0], best[1])]
print(min(best[last] for last in range(3) if last != first))
