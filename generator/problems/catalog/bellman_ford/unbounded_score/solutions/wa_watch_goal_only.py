"""Wrong: one more pass after N - 1 and INFINITE only if the goal's value changes in it; a gaining cycle far
from the goal (or one that needs many rounds to beat another route) leaves it unchanged for a long time."""
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
before = best[n]
for u, v, x in edges:
    if best[u] != NONE and best[u] + x > best[v]:
        best[v] = best[u] + x
if best[n] != before:
    print("INFINITE")
else:
    print(best[n])
