"""Test generator for the cycle-components task: python gen.py SEED MODE [key=value ...] prints one input.

Params: variant, maxn, maxm. Modes: sample kind=hand|random; random lo= hi=; pieces n= (the vertices split into
pieces: cycles, cycles with a tail, cycles with a chord, paths, lone vertices; eights=1 adds figure eights, two
cycles sharing one vertex; fill=1 adds one dense component on the last 1000 vertices so that M = maxm); ring n=
chord=0|1 (one cycle through all vertices, with a chord or not); invalid
kind=too_big|self_loop|duplicate|outside|missing_edge.
Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: a triangle, a 5-cycle, a 4-cycle with a tail (as many edges as vertices, but not a
# cycle), a path and a lone vertex: 2 cycle components; relabelled per seed.
SAMPLE = (16, [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 7), (7, 8), (8, 4), (9, 10), (10, 11), (11, 12),
               (12, 9), (12, 13), (14, 15)])


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, edges):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    out = [(perm[u - 1], perm[v - 1]) if rng.random() < 0.5 else (perm[v - 1], perm[u - 1]) for u, v in edges]
    rng.shuffle(out)
    return out


def piece(first, size, kind):
    """Edges on vertices first .. first + size - 1 of one piece."""
    vs = list(range(first, first + size))
    if kind == "lone" or size == 1:
        return []
    if kind == "path" or size < 3:
        return [(vs[i], vs[i + 1]) for i in range(size - 1)]
    if kind == "tail" and size >= 4:  # a cycle on all but the last vertex, the last hangs off it
        ring = vs[:-1]
        return [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))] + [(ring[0], vs[-1])]
    if kind == "eight" and size >= 5:  # two cycles through vs[0]: every degree is even, one of them is 4
        k = rng.randint(3, size - 2)
        first_ring, second_ring = vs[:k], [vs[0]] + vs[k:]
        return [(r[i], r[(i + 1) % len(r)]) for r in (first_ring, second_ring) for i in range(len(r))]
    edges = [(vs[i], vs[(i + 1) % size]) for i in range(size)]
    if kind == "chord" and size >= 4:
        edges.append((vs[0], vs[2]))
    return edges


def pieces(n, big=10, eights=False):
    edges, first = [], 1
    kinds = ["cycle", "cycle", "cycle", "tail", "chord", "path", "lone"] + ["eight"] * (2 if eights else 0)
    while first <= n:
        size = min(n - first + 1, rng.randint(1, big))
        kind = rng.choice(kinds)
        edges += piece(first, size, kind)
        first += size
    return edges


def invalid(kind):
    n, edges = SAMPLE
    edges = relabelled(n, edges)
    if kind == "too_big":
        return render(MAXN + 1, [(1, 2)])
    if kind == "self_loop":
        return render(n, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, edges[:-1] + [(edges[0][1], edges[0][0])])
    if kind == "outside":
        return render(n, edges[:-1] + [(edges[0][0], n + 1)])
    if kind == "missing_edge":
        return f"{n} {len(edges) + 1}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(SAMPLE[0], relabelled(*SAMPLE))
    else:
        n = rng.randint(8, 12)
        out = render(n, relabelled(n, pieces(n, 5)))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    out = render(n, relabelled(n, pieces(n, rng.choice([3, 5, 8]))))
elif mode == "pieces":
    n = num("n")
    dense = 1000 if opts.get("fill") == "1" else 0
    edges = pieces(n - dense, int(opts.get("big", "10")), opts.get("eights") == "1")
    if dense:  # a path through the block, then random further roads inside it up to M = maxm: not a cycle
        block = range(n - dense + 1, n + 1)
        extra = {(u, u + 1) for u in block[:-1]}
        while len(edges) + len(extra) < MAXM:
            u, v = sorted(rng.sample(block, 2))
            extra.add((u, v))
        edges += sorted(extra)
    out = render(n, relabelled(n, edges))
elif mode == "ring":
    n = num("n")
    out = render(n, relabelled(n, piece(1, n, "chord" if opts.get("chord") == "1" else "cycle")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
