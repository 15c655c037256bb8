"""Too slow: for every ordered pair (i, j) a fresh search from i asks whether j is below it: N^2 searches."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for e in range(m):
    adj[int(data[2 + 2 * e])].append(int(data[3 + 2 * e]))


def below(i, j):
    seen = [False] * (n + 1)
    stack = [i]
    seen[i] = True
    found = False
    while stack:
        v = stack.pop()
        for w in adj[v]:
            if not seen[w]:
                seen[w] = True
                found = found or w == j
                stack.append(w)
    return found


known = [0] * (n + 1)
for i in range(1, n + 1):
    for j in range(1, n + 1):
        if i != j and below(i, j):
            known[i] += 1
            known[j] += 1
fixed = [v for v in range(1, n + 1) if known[v] == n - 1]
print(len(fixed))
if fixed:
    print(" ".join(map(str, fixed)))
