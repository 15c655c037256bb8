"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...;
big shape=tree_plus|path|clusters [n= m=]; invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def text(n, edges, order):
    return (f"{n} {len(edges)} {len(order)}\n" + "".join(f"{a} {b}\n" for a, b in edges)
            + " ".join(map(str, order)) + "\n")


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def other(n, a):
    b = rng.randint(1, n - 1)
    return b + 1 if b >= a else b


def tree_plus(n, m, reach):
    """A random tree (edges to one of the `reach` previous vertices) and random extra edges nearby."""
    name = names(n)
    edges = [(name[i], name[rng.randint(max(1, i - reach), i - 1)]) for i in range(2, min(n, m + 1) + 1)]
    while len(edges) < m:
        a = rng.randint(1, n)
        b = min(n, max(1, a + rng.randint(-reach, reach)))
        if b == a:
            b = other(n, a)
        edges.append((name[a], name[b]))
    rng.shuffle(edges)
    return [e if rng.random() < 0.5 else e[::-1] for e in edges]


def destroy(m, q):
    order = list(range(1, m + 1))
    rng.shuffle(order)
    return order[:q]


def hand_sample():
    # A triangle (losing one side splits nothing), a doubled edge, and a bridge.
    name = names(6)
    edges = [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4), (5, 6)]
    order = [2, 4, 5, 3, 6]
    return text(6, [(name[a], name[b]) for a, b in edges], order)


def fixed(name):
    return {
        "one_edge": "2 1 1\n1 2\n1\n",
        "double_edge": "2 2 2\n1 2\n2 1\n2 1\n",
        "keep_some": text(4, [(1, 2), (2, 3), (3, 4)], [2]),
        "cycle_all": text(4, [(1, 2), (2, 3), (3, 4), (4, 1)], [1, 3, 2, 4]),
        "isolated_vertex": text(5, [(1, 2), (2, 3), (3, 1)], [3, 1]),
        "star": text(5, [(1, 2), (1, 3), (1, 4), (1, 5)], [4, 1, 3]),
    }[name]


def big(shape, n, m):
    if shape == "path":  # all bridges, destroyed in random order
        name = names(n)
        edges = [(name[i], name[i + 1]) for i in range(1, n)][:m]
        return text(n, edges, destroy(len(edges), len(edges)))
    if shape == "clusters":  # dense little clusters: most losses change nothing
        edges = tree_plus(n, m, 3)
        return text(n, edges, destroy(m, m))
    edges = tree_plus(n, m, 50)
    return text(n, edges, destroy(m, m - rng.randint(0, 10)))


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1 1\n1 2\n1\n",
        "n_one": "1 1 1\n1 1\n1\n",
        "m_too_big": f"3 {MAXM + 1} 1\n" + "1 2\n" * (MAXM + 1) + "1\n",
        "q_too_big": "3 2 3\n1 2\n2 3\n1 2 3\n",
        "repeated_edge_number": "3 2 2\n1 2\n2 3\n1 1\n",
        "edge_number_zero": "3 2 1\n1 2\n2 3\n0\n",
        "edge_number_too_big": "3 2 1\n1 2\n2 3\n3\n",
        "self_loop": "3 2 1\n2 2\n2 3\n1\n",
        "order_missing": "3 2 1\n1 2\n2 3\n",
        "order_too_short": "3 2 2\n1 2\n2 3\n2\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        m = rng.randint(n - 1, n + 2)
        out = text(n, tree_plus(n, m, 2), destroy(m, rng.randint(3, m)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(1, min(MAXM, int(opts["mcap"])))
    out = text(n, tree_plus(n, m, rng.choice([1, 2, 5, n])), destroy(m, rng.randint(1, m)))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "big":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    m = MAXM if opts.get("m", "max") == "max" else int(opts["m"])
    out = big(opts["shape"], n, m)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
