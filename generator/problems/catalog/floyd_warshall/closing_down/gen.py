"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxw. Modes: sample, random lo= hi= [cap=], fixed name=, hub n= (direct edges dear, routes through a
few hubs cheap), max [cap=] [low=], invalid kind=.
Input: N, an N x N matrix (0 on the diagonal, 1..maxw elsewhere), then the removal order (a permutation)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
rng = random.Random(seed)


def text(matrix, order):
    return (f"{len(matrix)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in matrix)
            + " ".join(map(str, order)) + "\n")


def matrix(n, low, high):
    return [[0 if i == j else rng.randint(low, high) for j in range(n)] for i in range(n)]


def hub(n, cap):
    """Direct edges near cap, cheap edges to and from a few hubs: most shortest routes pass through hubs."""
    a = matrix(n, cap - cap // 10, cap)
    hubs = rng.sample(range(n), max(1, n // 10))
    for h in hubs:
        for v in range(n):
            if v != h:
                a[h][v] = rng.randint(1, max(1, cap // 4))
                a[v][h] = rng.randint(1, max(1, cap // 4))
    return a


def num(key, default):
    value = opts.get(key, default)
    return MAXN if value == "maxn" else int(value)


def sums(a, order, added_only=False):
    """The answers, by adding the nodes back in reverse closing order and relaxing every pair through each one;
    added_only=True relaxes only pairs of nodes already added (wa_relax_added_pairs_only)."""
    n = len(a)
    d = [row[:] for row in a]
    added, out = [], []
    for k in reversed(order):
        added.append(k)
        pairs = added if added_only else range(n)
        for i in pairs:
            for j in pairs:
                d[i][j] = min(d[i][j], d[i][k] + d[k][j])
        out.append(sum(d[i][j] for i in added for j in added))
    return out


if mode == "sample":
    # A hub that makes every route cheaper while it is open, closed first. The other times spread from 2 to 9, so
    # that some routes are cheaper with a stop; redrawn until relaxing only the pairs of nodes already added back
    # (wa_relax_added_pairs_only) misses such a stop at a node added earlier.
    while True:
        n = 4
        a = matrix(n, 2, 9)
        h = rng.randrange(n)
        for v in range(n):
            if v != h:
                a[h][v], a[v][h] = rng.randint(1, 2), rng.randint(1, 2)
        order = [h] + rng.sample([v for v in range(n) if v != h], n - 1)
        if sums(a, order) != sums(a, order, added_only=True):
            break
    out = text(a, [v + 1 for v in order])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([3, 20, MAXW])))
    a = hub(n, cap) if rng.random() < 0.5 else matrix(n, 1, cap)
    out = text(a, rng.sample(range(1, n + 1), n))
elif mode == "fixed":
    name = opts["name"]
    W = MAXW
    out = {"single": text([[0]], [1]),
           "two": text([[0, W], [3, 0]], [2, 1]),
           "through_last": text([[0, 9, 1], [9, 0, 9], [9, 1, 0]], [2, 3, 1]),
           "through_first": text([[0, 9, 1], [9, 0, 9], [9, 1, 0]], [3, 1, 2]),
           "all_max": text([[0 if i == j else W for j in range(4)] for i in range(4)], [3, 1, 4, 2]),
           "chain": text([[0, 1, 50, 50], [50, 0, 1, 50], [50, 50, 0, 1], [1, 50, 50, 0]], [1, 2, 3, 4])}[name]
elif mode == "hub":
    n = min(MAXN, num("n", "maxn"))
    out = text(hub(n, MAXW), rng.sample(range(1, n + 1), n))
elif mode == "max":
    n = MAXN
    cap = min(MAXW, int(opts.get("cap", MAXW)))
    low = int(opts.get("low", "1"))
    out = text(matrix(n, low, cap), rng.sample(range(1, n + 1), n))
elif mode == "invalid":
    kind = opts["kind"]
    good = [[0, 2, 3], [4, 0, 5], [6, 7, 0]]
    bad = {"diag": [[1, 2, 3], [4, 0, 5], [6, 7, 0]], "zero": [[0, 0, 3], [4, 0, 5], [6, 7, 0]],
           "big": [[0, MAXW + 1, 3], [4, 0, 5], [6, 7, 0]]}
    out = {"n_too_big": text(matrix(MAXN + 1, 1, 5), list(range(1, MAXN + 2))), "n_zero": "0\n\n",
           "diag_nonzero": text(bad["diag"], [1, 2, 3]), "w_zero": text(bad["zero"], [1, 2, 3]),
           "w_too_big": text(bad["big"], [1, 2, 3]), "repeat_in_order": text(good, [1, 2, 2]),
           "order_out": text(good, [1, 2, 4]), "short_row": "3\n0 2 3\n4 0\n6 7 0\n1 2 3\n",
           "missing_order": "3\n0 2 3\n4 0 5\n6 7 0\n", "double_space": "2\n0  1\n1 0\n1 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
