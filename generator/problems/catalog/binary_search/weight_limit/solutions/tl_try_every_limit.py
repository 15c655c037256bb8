"""Too slow: tries the distinct limits from the heaviest down and searches the graph for each (a linear search on the
answer: up to M graph searches when the answer is a weak bridge)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
limits = set()
pos = 2
for _ in range(m):
    a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    adj[a].append((c, b))
    adj[b].append((c, a))
    limits.add(c)
s, t = int(data[pos]), int(data[pos + 1])
for edges in adj:
    edges.sort(reverse=True)


def reachable(w):
    seen = bytearray(n + 1)
    seen[s] = 1
    stack = [s]
    while stack:
        u = stack.pop()
        for c, v in adj[u]:
            if c < w:
                break  # the rest of the list is weaker still
            if not seen[v]:
                if v == t:
                    return True
                seen[v] = 1
                stack.append(v)
    return False


answer = -1
for w in sorted(limits, reverse=True):
    if reachable(w):
        answer = w
        break
print(answer)
