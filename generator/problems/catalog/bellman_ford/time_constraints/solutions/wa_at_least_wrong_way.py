"""WRONG: turns `x_v - x_u >= d` into an edge u -> v of weight -d (the wrong direction). Was: difference constraints. `x_v - x_u <= d` is an edge u -> v of weight d, `x_v - x_u >= d` an edge
v -> u of weight -d. The system has a solution iff the graph has no negative cycle ANYWHERE: Bellman-Ford from a
virtual source (every distance starts at 0), a change in the N-th pass means a cycle. If it has one, the largest
x_N - x_1 is the shortest distance from 1 to N (a second Bellman-Ford from 1), unbounded if N cannot be reached."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
edges = []
for e in range(m):
    t, u, v, d = (int(x) for x in data[2 + 4 * e:6 + 4 * e])
    edges.append((u, v, d) if t == 1 else (u, v, -d))


def bellman_ford(dist):
    """Relax to a fixed point; False if the N-th pass still changes something (a negative cycle)."""
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du is not None and (dist[v] is None or du + w < dist[v]):
                dist[v] = du + w
                changed = True
        if not changed:
            return True
    return False


if not bellman_ford([0] * (n + 1)):
    print("IMPOSSIBLE")
else:
    dist = [None] * (n + 1)
    dist[1] = 0
    bellman_ford(dist)
    print("UNBOUNDED" if dist[n] is None else dist[n])
