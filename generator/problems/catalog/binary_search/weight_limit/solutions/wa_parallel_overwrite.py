"""Wrong: keeps one bridge per pair of islands (a dict keyed by the neighbour), so a later parallel
bridge overwrites an earlier, stronger one.

Otherwise the reference: heaviest truck from S to T: binary search over the distinct bridge limits for the largest W such that T is
reachable from S using only bridges with limit >= W (checked with an iterative graph search); -1 if T is not
reachable at all. Each adjacency list is sorted by limit, heaviest first, so a check stops early at a weak bridge."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
best = [dict() for _ in range(n + 1)]
limits = set()
pos = 2
for _ in range(m):
    a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    best[a][b] = c
    best[b][a] = c
    limits.add(c)
s, t = int(data[pos]), int(data[pos + 1])
adj = [sorted(((c, v) for v, c in d.items()), reverse=True) for d in best]


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


candidates = sorted(limits)
if not reachable(candidates[0]):
    print(-1)
else:
    lo, hi = 0, len(candidates) - 1  # candidates[lo] always works
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if reachable(candidates[mid]):
            lo = mid
        else:
            hi = mid - 1
    print(candidates[lo])
