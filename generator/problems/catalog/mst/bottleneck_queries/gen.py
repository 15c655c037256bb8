"""Test generator for mst.bottleneck_queries (testlib style): python gen.py SEED MODE [key=value ...] prints
`N M Q`, M lines `u v w`, then Q lines `a b`. Params: maxn, maxm, maxq, maxw.

Modes: sample kind=hand|hand2; random lo= hi= mcap= qcap= [wcap=] [parts=]; fixed name=...;
big n= m= q= [wcap=] [parts=] (parts = separate components, so some answers are -1); path n= q= [wcap=];
invalid kind=... Sizes may name a bound (n=maxn, m=maxm, q=maxq)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXQ, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxq"]), int(opts["maxw"])
rng = random.Random(seed * 1000003 + 83)  # salted: tests differ from the other mst tasks


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxq": MAXQ, "maxw": MAXW}.get(value) or int(value)


def plain(n, edges, queries):
    return (f"{n} {len(edges)} {len(queries)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
            + "".join(f"{a} {b}\n" for a, b in queries))


def render(n, edges, queries):
    names = list(range(1, n + 1))
    rng.shuffle(names)
    out = []
    for u, v, w in edges:
        a, b = names[u - 1], names[v - 1]
        out.append((a, b, w) if rng.random() < 0.5 else (b, a, w))
    rng.shuffle(out)
    return plain(n, out, [(names[a - 1], names[b - 1]) for a, b in queries])


def graph(n, m, wcap, parts):
    """`parts` random trees over consecutive blocks of vertices, then distinct extra pairs inside the blocks."""
    parts = max(1, min(parts, n))
    block = [min(i * parts // n, parts - 1) for i in range(n + 1)]  # block[v - 1] for vertex v
    pairs = set()
    for i in range(2, n + 1):
        lo = i - 1
        while lo > 1 and block[lo - 2] == block[i - 1] and rng.random() < 0.7:
            lo -= rng.randint(1, max(1, (i - 1) // 3))
        lo = max(lo, 1)
        if block[lo - 1] == block[i - 1]:
            pairs.add((lo, i))
    m = min(m, MAXM)
    tries = 0
    while len(pairs) < m and tries < 20 * m + 100:
        tries += 1
        u = rng.randint(1, n)
        v = u + rng.choice((-1, 1)) * rng.randint(1, max(1, n // parts))
        if 1 <= v <= n and u != v and block[u - 1] == block[v - 1]:
            pairs.add((min(u, v), max(u, v)))
    return [(u, v, rng.randint(1, wcap)) for u, v in pairs]


def queries(n, q):
    out = []
    for _ in range(q):
        a = rng.randint(1, n)
        out.append((a, a) if rng.random() < 0.05 else (a, rng.randint(1, n)))
    return out


HAND = (6, [(1, 2, 4), (2, 3, 2), (1, 3, 7), (3, 4, 5), (4, 5, 1), (2, 5, 8), (5, 6, 3)],
        [(1, 6), (1, 3), (4, 6), (2, 2), (6, 1)])
HAND2 = (7, [(1, 2, 3), (2, 3, 9), (1, 3, 6), (4, 5, 2), (5, 6, 2), (4, 6, 5)],
         [(3, 2), (1, 3), (4, 6), (1, 4), (7, 7), (7, 5)])

FIXED = {
    "single": (1, [], [(1, 1)]),
    "two_apart": (2, [], [(1, 2), (2, 1), (1, 1)]),
    "two_max": (2, [(1, 2, MAXW)], [(1, 2), (2, 2)]),
    "detour_cheaper": (4, [(1, 4, 10), (1, 2, 3), (2, 3, 3), (3, 4, 3)], [(1, 4), (4, 1), (2, 4)]),
    "equal_weights": (5, [(1, 2, 7), (2, 3, 7), (3, 4, 7), (4, 5, 7), (1, 5, 7)], [(1, 3), (5, 2), (4, 4)]),
    "heavy_bridge": (6, [(1, 2, 1), (2, 3, 1), (1, 3, 1), (3, 4, MAXW), (4, 5, 2), (5, 6, 2), (4, 6, 2)],
                     [(1, 2), (4, 6), (1, 6), (5, 3), (2, 4)]),
    "star": (5, [(1, v, 10 * v) for v in range(2, 6)], [(2, 3), (4, 5), (2, 1), (5, 2)]),
    "islands": (6, [(1, 2, 5), (3, 4, 6), (5, 6, 7)], [(1, 2), (1, 3), (3, 4), (6, 5), (2, 6)]),
    "repeated": (3, [(1, 2, 2), (2, 3, 9)], [(1, 3)] * 4 + [(3, 1)] * 2),
}


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 1 1\n1 2 1\n1 2\n",
        "n_zero": "0 0 0\n",
        "q_zero": "2 1 0\n1 2 1\n",
        "w_too_big": f"3 2 1\n1 2 {MAXW + 1}\n2 3 1\n1 3\n",
        "w_zero": "3 2 1\n1 2 0\n2 3 1\n1 3\n",
        "self_loop": "3 2 1\n1 2 1\n2 2 1\n1 3\n",
        "duplicate_edge": "3 3 1\n1 2 1\n2 3 1\n2 1 4\n1 3\n",
        "vertex_out_of_range": "3 2 1\n1 2 1\n2 4 1\n1 3\n",
        "query_out_of_range": "3 2 1\n1 2 1\n2 3 1\n1 4\n",
        "missing_query": "3 2 2\n1 2 1\n2 3 1\n1 3\n",
        "double_space": "3 2 1\n1  2 1\n2 3 1\n1 3\n",
        "leading_zero": "3 2 1\n1 2 07\n2 3 1\n1 3\n",
        "no_final_newline": "3 2 1\n1 2 1\n2 3 1\n1 3",
    }
    if kind == "m_too_big":
        n = 2
        while n * (n - 1) // 2 < MAXM + 1:
            n += 1
        pairs = ((i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1))
        return plain(n, [(*next(pairs), 1) for _ in range(MAXM + 1)], [(1, 2)])
    if kind == "q_too_big":
        return plain(2, [(1, 2, 1)], [(1, 2)] * (MAXQ + 1))
    return cases[kind]


if mode == "sample":
    out = render(*(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    m = rng.randint(0, int(opts["mcap"]))
    out = render(n, graph(n, m, size("wcap", "maxw"), rng.randint(1, size("parts", "1"))),
                 queries(n, rng.randint(1, int(opts["qcap"]))))
elif mode == "fixed":
    out = plain(*FIXED[opts["name"]])
elif mode == "big":
    n = size("n", "maxn")
    out = render(n, graph(n, size("m", "maxm"), size("wcap", "maxw"), size("parts", "1")), queries(n, size("q", "maxq")))
elif mode == "path":
    n = size("n", "maxn")
    wcap = size("wcap", "maxw")
    out = render(n, [(i, i + 1, rng.randint(1, wcap)) for i in range(1, n)],
                 [(rng.randint(1, n // 10 + 1), rng.randint(n - n // 10, n)) for _ in range(size("q", "maxq"))])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
