"""Obviously correct: every vertex takes the smallest label among itself and its neighbours until nothing changes;
A and B are in one group iff their labels agree."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m, a, b = data[:4]
edges = [(data[4 + 2 * i], data[5 + 2 * i]) for i in range(m)]
label = list(range(n + 1))
changed = True
while changed:
    changed = False
    for u, v in edges:
        low = min(label[u], label[v])
        if label[u] != low or label[v] != low:
            label[u] = label[v] = low
            changed = True
print("YES" if label[a] == label[b] else "NO")
