"""Reference: Bellman-Ford for the largest gain from 1 (N - 1 passes, relaxing only from reached vertices, early
exit). The score is unbounded iff an edge u -> v can still be improved with u reached and v able to reach N (a
gaining cycle that 1 reaches and that leads to N): vertices that reach N come from a search on reversed edges."""
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
back = [[] for _ in range(n + 1)]
for u, v, _ in edges:
    back[v].append(u)
leads = [False] * (n + 1)
leads[n] = True
stack = [n]
while stack:
    for u in back[stack.pop()]:
        if not leads[u]:
            leads[u] = True
            stack.append(u)
if any(best[u] != NONE and leads[v] and best[u] + x > best[v] for u, v, x in edges):
    print("INFINITE")
else:
    print(best[n])
