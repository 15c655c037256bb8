"""Task-local generator: python gen_small_labels.py SEED blocked [key=value ...] prints a small graph (3 to 7 vertices,
N - 1 to 2N edges, parallel edges allowed, weights 1 to N) where distances are smaller than the vertex numbers, drawn
from the seed until a Dijkstra whose free-edge relaxation compares a vertex number (the vertex taken, the edge's far
end, or the layer offset N + 1) with the stored label instead of the distance answers differently: small labels then
block later improvements. Large weights never show it (mutation sweep seed 7: '3 4 / 1 2 3 / 1 2 1 / 1 2 2 /
3 2 4' answers 1, such a search 4)."""
import random
import sys
from heapq import heappop, heappush

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
if mode != "blocked":
    raise SystemExit(f"unknown mode {mode}")


def fewest(n, edges, slip=None):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    shift = n + 1
    dist = [1 << 62] * (2 * shift)
    dist[1] = 0
    pq = [(0, 1)]
    while pq:
        d, state = heappop(pq)
        if d > dist[state]:
            continue
        if state in (n, n + shift):
            return d
        if state < shift:
            for v, w in adj[state]:
                if d + w < dist[v]:
                    dist[v] = d + w
                    heappush(pq, (d + w, v))
                if {None: d, "state": state, "shift": shift, "far": v}[slip] < dist[v + shift]:
                    dist[v + shift] = d
                    heappush(pq, (d, v + shift))
        else:
            for v, w in adj[state - shift]:
                if d + w < dist[v + shift]:
                    dist[v + shift] = d + w
                    heappush(pq, (d + w, v + shift))
    return -1


while True:
    n = rng.randint(3, 7)
    edges = []
    for _ in range(rng.randint(n - 1, 2 * n)):
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append((u, v, rng.randint(1, n)))
    right = fewest(n, edges)
    if all(fewest(n, edges, slip) != right for slip in ("state", "shift", "far")):
        break
sys.stdout.write(f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges))
