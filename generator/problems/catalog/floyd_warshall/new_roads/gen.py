"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxk, maxw. Modes: sample, random lo= hi= [cap=], fixed name=, max [shape=] [cap=],
invalid kind=. Input: N M K, M two-way roads `u v w` that connect all vertices, K new roads `a b c`."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXK, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxk"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, roads, new):
    return (f"{n} {len(roads)} {len(new)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in roads)
            + "".join(f"{a} {b} {c}\n" for a, b, c in new))


def connected(n, m, cap, path_like=False):
    """A random spanning tree (a shuffled path when path_like: long distances) plus random extra roads."""
    order = rng.sample(range(1, n + 1), n)
    roads = []
    for i in range(1, n):
        parent = order[i - 1] if path_like else order[rng.randrange(i)]
        roads.append((parent, order[i], rng.randint(max(1, cap // 2) if path_like else 1, cap)))
    while len(roads) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        roads.append((u, v, rng.randint(1, cap)))
    rng.shuffle(roads)
    return roads


def new_roads(n, k, cap):
    return [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cap)) for _ in range(k)]


if mode == "sample":
    # A path of four or five stops; the first new road is a shortcut, the second is longer than the route it
    # joins (nothing changes), the third shortens routes in the other direction of travel.
    n = rng.randint(4, 5)
    p = rng.sample(range(1, n + 1), n)
    roads = [(p[i], p[i + 1], rng.randint(3, 9)) for i in range(n - 1)]
    rng.shuffle(roads)
    new = [(p[0], p[2], rng.randint(1, 4)), (p[1], p[3], 50), (p[n - 1], p[1], rng.randint(1, 3))]
    out = text(n, roads, new)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([4, 30, MAXW])))
    m = rng.randint(n - 1, min(MAXM, n - 1 + n))
    out = text(n, connected(n, m, cap, rng.random() < 0.5), new_roads(n, rng.randint(1, min(MAXK, 6)), cap))
elif mode == "fixed":
    name = opts["name"]
    out = {"two": text(2, [(1, 2, MAXW)], [(2, 1, MAXW), (1, 2, 1), (2, 1, 1)]),
           "three_back": text(3, [(1, 2, 10), (2, 3, 10)], [(3, 1, 5), (1, 3, 7), (2, 1, 3)]),
           "parallel": text(3, [(1, 2, 5), (1, 2, 3), (2, 3, 4)], [(2, 1, 4), (3, 2, 1)]),
           "star": text(5, [(1, 2, 8), (1, 3, 8), (1, 4, 8), (1, 5, 8)], [(5, 4, 2), (2, 3, 16), (4, 2, 1)])}[name]
elif mode == "max":
    cap = min(MAXW, int(opts.get("cap", MAXW)))
    shape = opts.get("shape", "path")
    n = MAXN
    roads = connected(n, n - 1 if shape == "path" else MAXM, MAXW, shape == "path")
    # New roads get shorter and shorter, so most of them change many distances.
    new = [(*rng.sample(range(1, n + 1), 2), max(1, cap - i * cap // MAXK)) for i in range(MAXK)]
    out = text(n, roads, new)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(i, i + 1, 1) for i in range(1, MAXN + 1)], [(1, 2, 1)]),
           "disconnected": text(4, [(1, 2, 1), (3, 4, 1)], [(1, 3, 1)]),
           "k_zero": text(3, [(1, 2, 1), (2, 3, 1)], []), "w_too_big": text(2, [(1, 2, MAXW + 1)], [(1, 2, 1)]),
           "c_zero": text(2, [(1, 2, 1)], [(1, 2, 0)]), "self_loop_new": text(2, [(1, 2, 1)], [(2, 2, 1)]),
           "vertex_out": text(2, [(1, 2, 1)], [(1, 3, 1)]), "missing_line": "2 1 2\n1 2 1\n1 2 1\n",
           "double_space": "2 1 1\n1 2  1\n1 2 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
