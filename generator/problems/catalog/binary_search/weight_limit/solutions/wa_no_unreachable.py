"""Wrong: assumes T is always reachable and never prints -1 (the search starts from the weakest limit).

Otherwise the reference: heaviest truck from S to T: binary search over the distinct bridge limits for the largest W such that T is
reachable from S using only bridges with limit >= W (checked with an iterative graph search); -1 if T is not
reachable at all. Each adjacency list is sorted by limit, heaviest first, so a check stops early at a weak bridge."""
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


candidates = sorted(limits)
if True:
    lo, hi = 0, len(candidates) - 1  # candidates[lo] always works
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if reachable(candidates[mid]):
            lo = mid
        else:
            hi = mid - 1
    print(candidates[lo])
