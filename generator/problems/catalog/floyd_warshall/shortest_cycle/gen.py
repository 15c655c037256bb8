"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw. Modes: sample kind=cycle|none, random lo= hi= [cap=] [acyclic=1], fixed name=,
heavy_ring, planted n= [m=] [len=] (an acyclic graph in a random order plus one cheap long cycle and a few dear back edges),
dense [cap=], invalid kind=.
Input: N M, then M one-way edges `u v w` (u != v, parallel edges allowed)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def acyclic(n, m, cap, order):
    """Edges only forward in `order` (a random topological order): no cycle at all."""
    pos = {v: i for i, v in enumerate(order)}
    edges = []
    for _ in range(m):
        u, v = rng.sample(range(1, n + 1), 2)
        if pos[u] > pos[v]:
            u, v = v, u
        edges.append((u, v, rng.randint(1, cap)))
    return edges


def num(key, default):
    value = opts.get(key, default)
    return MAXN if value == "maxn" else MAXM if value == "maxm" else int(value)


if mode == "sample":
    n = rng.randint(4, 5)
    q = rng.sample(range(1, n + 1), n)
    a, b, c = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
    if opts["kind"] == "cycle":
        # A triangle q0 -> q1 -> q2 -> q0 beats the two-edge round trip q0 <-> q3.
        edges = [(q[0], q[1], a), (q[1], q[2], b), (q[2], q[0], c), (q[0], q[3], a + b), (q[3], q[0], c + 1),
                 (q[3], q[1], rng.randint(1, 9))]
        if n == 5:
            edges.append((q[4], q[2], rng.randint(1, 9)))
    else:
        # Roads that never lead back: the answer is -1.
        edges = [(q[0], q[1], a), (q[1], q[2], b), (q[0], q[2], c), (q[2], q[3], a + c)]
        if n == 5:
            edges.append((q[4], q[1], b))
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([3, 20, MAXW])))
    m = 0 if n < 2 else rng.randint(0, min(MAXM, 2 * n))
    if opts.get("acyclic") == "1":
        edges = acyclic(n, m, cap, rng.sample(range(1, n + 1), n))
    else:
        edges = [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cap)) for _ in range(m)] if n >= 2 else []
    out = text(n, edges)
elif mode == "fixed":
    name = opts["name"]
    W = MAXW
    out = {"single": text(1, []), "two_none": text(2, [(1, 2, 3)]), "two_cycle": text(2, [(1, 2, W), (2, 1, W)]),
           "parallel_back": text(2, [(1, 2, 5), (1, 2, 2), (2, 1, 7), (2, 1, 3)]),
           "triangle_wins": text(3, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (1, 3, 5), (3, 1, 1)]),
           "pair_wins": text(3, [(1, 2, 4), (2, 3, 4), (3, 1, 4), (2, 1, 3)]),
           "one_way_chain": text(4, [(1, 2, 1), (2, 3, 1), (3, 4, 1)]),
           "far_cycle": text(5, [(1, 2, 1), (3, 4, 2), (4, 5, 2), (5, 3, 2)])}[name]
elif mode == "planted":
    n = min(MAXN, num("n", "maxn"))
    m = min(MAXM, num("m", str(3 * n)))
    length = min(n, num("len", str(n)))
    order = rng.sample(range(1, n + 1), n)
    edges = acyclic(n, m - length - 3, MAXW, order)
    ring = rng.sample(range(1, n + 1), length)
    small = max(1, MAXW // (4 * length))
    edges += [(ring[i], ring[(i + 1) % length], rng.randint(1, small)) for i in range(length)]
    pos = {v: i for i, v in enumerate(order)}
    for _ in range(3):  # dear round trips: worse than the planted ring
        u, v = rng.sample(range(1, n + 1), 2)
        if pos[u] < pos[v]:
            u, v = v, u
        edges.append((u, v, MAXW))
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "heavy_ring":
    # One slow ring over every vertex (total N * maxw): any extra edge would close a shorter cycle.
    n = MAXN
    ring = rng.sample(range(1, n + 1), n)
    edges = [(ring[i], ring[(i + 1) % n], MAXW - rng.randint(0, 3)) for i in range(n)]
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "dense":
    cap = min(MAXW, int(opts.get("cap", MAXW)))
    n = MAXN
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    chosen = rng.sample(pairs, min(MAXM, len(pairs)))
    out = text(n, [(u, v, rng.randint(1, cap)) for u, v in chosen])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2, 1)]), "n_zero": "0 0\n", "w_zero": text(3, [(1, 2, 0)]),
           "w_too_big": text(3, [(1, 2, MAXW + 1)]), "self_loop": text(3, [(2, 2, 1)]),
           "vertex_too_big": text(3, [(1, 4, 1)]), "missing_edge": "3 2\n1 2 1\n",
           "too_many_edges": text(2, [(1, 2, 1)] * (MAXM + 1)), "double_space": "3 1\n1  2 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
