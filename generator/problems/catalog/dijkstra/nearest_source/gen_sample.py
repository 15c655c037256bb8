"""nearest_source: the random sample (testlib style): python gen_sample.py SEED sample prints one input.

A random sample from the shared gen.py may ask only about vertices that hold a source (seed 5 drew sources 1, 4
and queries 4 1 4: three answers 0), which shows a reader nothing. This draws a small graph, one or two sources
and four queries, and redraws until at least two queries are answered by a real walk of different lengths.
"""
import heapq
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)


def answers(n, edges, sources, targets):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [-1] * (n + 1)
    heap = [(0, s) for s in sources]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] >= 0:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                heapq.heappush(heap, (d + w, v))
    return [dist[x] for x in targets]


while True:
    n = rng.randint(5, 7)
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    tree = rng.choice([n - 1, n - 1, n - 2])  # sometimes a vertex or two stay apart (-1)
    edges = [(perm[rng.randrange(i)], perm[i], rng.randint(1, 20)) for i in range(1, tree + 1)]
    for _ in range(rng.randint(0, 3)):
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append((u, v, rng.randint(1, 20)))
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    sources = rng.sample(range(1, n + 1), rng.randint(1, 2))
    targets = [rng.randint(1, n) for _ in range(4)]
    got = answers(n, edges, sources, targets)
    if len({a for a in got if a > 0}) >= 2:
        break
sys.stdout.write(f"{n} {len(edges)} {len(sources)} {len(targets)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
                 + " ".join(map(str, sources)) + "\n" + " ".join(map(str, targets)) + "\n")
