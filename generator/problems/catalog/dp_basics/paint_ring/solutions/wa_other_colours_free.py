import sys

# Pin the colour of item 1, run the row DP (each item differs from the one before), and let the last item
# differ from item 1; the best over the three pins.
data = sys.stdin.buffer.read().split()
n = int(data[0])
cost = [(int(data[3 * i + 1]), int(data[3 * i + 2]), int(data[3 * i + 3])) for i in range(n)]
INF = float("inf")
answer = INF
for first in range(3):
    best = [0, 0, 0]
    best[first] = cost[0][first]
    for i in range(1, n):
        r, g, b = cost[i]
        best = [r + min(best[1], best[2]), g + min(best[0], best[2]), b + min(best[0], best[1])]
    for last in range(3):
        if last != first and best[last] < answer:
            answer = best[last]
print(answer)
