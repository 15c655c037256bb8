"""Obviously correct: best[k] = the farthest point reachable with k stops, over the stations in road order."""
import sys

data = sys.stdin.read().split()
n, d, f = int(data[0]), int(data[1]), int(data[2])
stations = sorted((int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(n))
best = [f] + [-1] * n
for idx, (x, g) in enumerate(stations):
    for k in range(idx, -1, -1):
        if best[k] >= x:
            best[k + 1] = max(best[k + 1], best[k] + g)
print(next((k for k in range(n + 1) if best[k] >= d), -1))
