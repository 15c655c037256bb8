"""Obviously correct: straight from the definition, for every unfinished vertex look at every pair."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
k = int(data[2 + 2 * m])
done = {int(t) for t in data[3 + 2 * m:3 + 2 * m + k]}
ready = []
for v in range(1, n + 1):
    if v in done:
        continue
    if all(u in done for u, w in edges if w == v):
        ready.append(v)
print(len(ready), *ready)
