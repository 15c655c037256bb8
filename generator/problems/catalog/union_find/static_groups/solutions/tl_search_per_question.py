"""Too slow: a breadth-first search for every question."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]

from collections import deque
n, links, questions = read()
adj = [[] for _ in range(n + 1)]
for a, b in links:
    adj[a].append(b)
    adj[b].append(a)
out = []
for a, b in questions:
    seen = [False] * (n + 1)
    seen[a] = True
    q = deque([a])
    while q and not seen[b]:
        x = q.popleft()
        for y in adj[x]:
            if not seen[y]:
                seen[y] = True
                q.append(y)
    out.append("YES" if seen[b] else "NO")
print("\n".join(out))
