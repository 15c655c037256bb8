"""Test generator for mst.power_stations (testlib style): python gen.py SEED MODE [key=value ...] prints `N M`,
the N station costs, then M lines `u v w` (cables). Params: maxn, maxm, maxw.

Modes: sample kind=hand|hand2; random lo= hi= mcap= [wcap=] [ccap=]; fixed name=...; big n= m= [wcap=] [ccap=]
(random spanning forest plus random extra cables); invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed * 1000003 + 47)  # salted: tests differ from the other mst tasks


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxw": MAXW}.get(value) or int(value)


def render(n, costs, cables):
    names = list(range(1, n + 1))
    rng.shuffle(names)
    placed = [0] * n
    for i, name in enumerate(names):
        placed[name - 1] = costs[i]
    out = []
    for u, v, w in cables:
        a, b = names[u - 1], names[v - 1]
        out.append((a, b, w) if rng.random() < 0.5 else (b, a, w))
    rng.shuffle(out)
    return plain(n, placed, out)


def plain(n, costs, cables):
    return f"{n} {len(cables)}\n" + " ".join(map(str, costs)) + "\n" + "".join(f"{u} {v} {w}\n" for u, v, w in cables)


def cables(n, m, wcap):
    """A random spanning forest (a few trees), then distinct extra pairs up to m cables."""
    m = min(m, n * (n - 1) // 2, MAXM)
    pairs = set()
    for i in range(2, n + 1):
        if rng.random() < 0.97 and len(pairs) < m:
            j = rng.randint(max(1, i - rng.choice((1, 3, i))), i - 1)
            pairs.add((j, i))
    while len(pairs) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            pairs.add((min(u, v), max(u, v)))
    return [(u, v, rng.randint(1, wcap)) for u, v in pairs]


HAND = (5, [7, 3, 9, 6, 8], [(1, 2, 2), (2, 3, 4), (3, 4, 5), (4, 5, 1), (1, 3, 6)])
HAND2 = (6, [4, 10, 10, 2, 12, 5], [(1, 2, 3), (2, 3, 1), (3, 1, 8), (3, 4, 7), (5, 6, 9), (4, 5, 4)])

FIXED = {
    "single": (1, [MAXW], []),
    "single_cheap": (1, [1], []),
    "two_cable": (2, [5, 6], [(1, 2, 1)]),
    "two_stations": (2, [1, 1], [(1, 2, 5)]),
    "two_apart": (2, [MAXW, MAXW], []),
    "all_stations": (4, [1, 1, 1, 1], [(1, 2, 2), (2, 3, 2), (3, 4, 2), (1, 4, 2)]),
    "one_station": (5, [MAXW, MAXW, 1, MAXW, MAXW], [(1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1)]),
    "cut_expensive_cable": (4, [2, 9, 9, 2], [(1, 2, 1), (2, 3, 10), (3, 4, 1)]),
    "ties": (4, [3, 3, 3, 3], [(1, 2, 3), (2, 3, 3), (3, 4, 3), (4, 1, 3)]),
    "no_cables": (5, [5, 1, 4, 2, 3], []),
    "all_max": (4, [MAXW] * 4, [(u, v, MAXW) for u in range(1, 5) for v in range(u + 1, 5)]),
}


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 0\n" + " ".join(["1"] * (MAXN + 1)) + "\n",
        "n_zero": "0 0\n\n",
        "c_too_big": f"2 1\n1 {MAXW + 1}\n1 2 1\n",
        "c_zero": "2 1\n0 1\n1 2 1\n",
        "w_too_big": f"2 1\n1 1\n1 2 {MAXW + 1}\n",
        "w_zero": "2 1\n1 1\n1 2 0\n",
        "missing_cost": "3 1\n1 1\n1 2 1\n",
        "self_loop": "3 2\n1 1 1\n1 2 1\n2 2 1\n",
        "duplicate_cable": "3 2\n1 1 1\n1 2 1\n2 1 4\n",
        "vertex_out_of_range": "3 1\n1 1 1\n2 4 1\n",
        "missing_cable": "3 2\n1 1 1\n1 2 1\n",
        "double_space": "3 1\n1  1 1\n1 2 1\n",
        "leading_zero": "3 1\n1 1 1\n1 2 07\n",
        "no_final_newline": "3 1\n1 1 1\n1 2 1",
    }
    if kind == "m_too_big":
        n = 2
        while n * (n - 1) // 2 < MAXM + 1:
            n += 1
        pairs = ((i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1))
        return plain(n, [1] * n, [(*next(pairs), 1) for _ in range(MAXM + 1)])
    return cases[kind]


if mode == "sample":
    out = render(*(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    ccap = size("ccap", "maxw")
    out = render(n, [rng.randint(1, ccap) for _ in range(n)],
                 cables(n, rng.randint(0, int(opts["mcap"])), size("wcap", "maxw")))
elif mode == "fixed":
    out = plain(*FIXED[opts["name"]])
elif mode == "big":
    n = size("n", "maxn")
    ccap = size("ccap", "maxw")
    out = render(n, [rng.randint(1, ccap) for _ in range(n)], cables(n, size("m", "maxm"), size("wcap", "maxw")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
