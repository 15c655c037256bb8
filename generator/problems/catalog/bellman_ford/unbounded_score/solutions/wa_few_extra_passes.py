"""Wrong: after N - 1 passes, two more passes that mark every vertex still improving, and every vertex an edge from
a marked one leads to, as unbounded; INFINITE if N is marked. A mark spreads only as far as the passes go: on a long
gaining ring whose edges come in reverse order the vertices still improving sit far from N."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]
NONE = float("-inf")
best = [NONE] * (n + 1)
best[1] = 0
for _ in range(n - 1):
    changed = False
    for u, v, x in edges:
        bu = best[u]
        if bu != NONE and bu + x > best[v]:
            best[v] = bu + x
            changed = True
    if not changed:
        break
answer = best[n]
marked = [False] * (n + 1)
for _ in range(2):
    for u, v, x in edges:
        bu = best[u]
        if bu != NONE and bu + x > best[v]:
            best[v] = bu + x
            marked[v] = True
        if marked[u]:
            marked[v] = True
print("INFINITE" if marked[n] else answer)
