"""Wrong: binary search on the integer W over the half-open range [1, 10^9), so W = 10^9 is never tried and an
answer of exactly 10^9 comes out as 10^9 - 1.

Otherwise correct: T reachable from S using only bridges with limit >= W (iterative graph search); -1 if T is not
reachable at all."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
pos = 2
for _ in range(m):
    a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    adj[a].append((c, b))
    adj[b].append((c, a))
s, t = int(data[pos]), int(data[pos + 1])


def reachable(w):
    seen = bytearray(n + 1)
    seen[s] = 1
    stack = [s]
    while stack:
        u = stack.pop()
        for c, v in adj[u]:
            if c >= w and not seen[v]:
                seen[v] = 1
                stack.append(v)
    return bool(seen[t])


if not reachable(1):
    print(-1)
else:
    lo, hi = 1, 10**9  # first W that fails, searched in [lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            lo = mid + 1
        else:
            hi = mid
    print(lo - 1)
