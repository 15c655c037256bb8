"""Obviously correct for tiny weights: which vertices a walk of length exactly t can end at, for t = 0, 1, 2, ...
(a table over lengths); the answer is the second length at which vertex N appears. The fastest time T plus twice
the heaviest edge is an upper bound (one more round trip on an edge of a fastest route)."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
arcs = [(a, b, w) for u, v, w in edges for a, b in ((u, v), (v, u))]
limit = 3 * sum(w for _, _, w in edges)  # at least T + 2 * (heaviest edge), as T <= the sum of all weights
at = [set() for _ in range(limit + 1)]
at[0].add(1)
found = []
for t in range(limit + 1):
    if n in at[t]:
        found.append(t)
        if len(found) == 2:
            break
    for a, b, w in arcs:
        if a in at[t] and t + w <= limit:
            at[t + w].add(b)
print(found[1] if len(found) == 2 else -1)
