"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, a line of N
values, then N-1 edges.

Params: maxn, maxa. Modes: sample kind=hand|hand2; random lo= hi= [acap=]; shape kind=random|deep|path|star|
caterpillar|broom|binary|spider n= [a=mixed|neg|pos|trap|max]; fixed name=...; invalid kind=...  n may name the
bound (n=maxn). Every non-trivial test depends on the seed: labels other than 1 are permuted, values drawn from it.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
MAXA = int(opts["maxa"])
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape_edges(kind, n):
    """Edges (parent, child) of a tree on 1..n rooted at 1."""
    if n == 1:
        return []
    if kind == "random":
        return [(rng.randint(1, i - 1), i) for i in range(2, n + 1)]
    if kind == "deep":
        return [(rng.randint(max(1, i - 3), i - 1), i) for i in range(2, n + 1)]
    if kind == "path":
        return [(i - 1, i) for i in range(2, n + 1)]
    if kind == "star":
        return [(1, i) for i in range(2, n + 1)]
    if kind == "binary":
        return [(i // 2, i) for i in range(2, n + 1)]
    if kind == "caterpillar":
        spine = max(2, n // 2)
        return [(i - 1, i) for i in range(2, spine + 1)] + [(rng.randint(1, spine), i) for i in range(spine + 1, n + 1)]
    if kind == "broom":
        handle = max(2, n // 2)
        return [(i - 1, i) for i in range(2, handle + 1)] + [(handle, i) for i in range(handle + 1, n + 1)]
    if kind == "spider":
        legs = rng.randint(2, max(2, min(8, n - 1)))
        edges, last = [], [1] * legs
        for i in range(2, n + 1):
            leg = rng.randrange(legs)
            edges.append((last[leg], i))
            last[leg] = i
        return edges
    raise SystemExit(f"unknown shape {kind}")


def values(n, edges, how, acap):
    """Values on the unrenamed vertices 1..n (vertex 1 is the root).
    mixed: both signs; neg: all negative; pos: all positive; max: all +acap or all -acap (seeded);
    trap: the root and the vertices next to it very negative, rich clusters deeper down, so the best set does not
    contain the root and is not the set of all positive vertices."""
    if how == "neg":
        return [0] + [-rng.randint(1, acap) for _ in range(n)]
    if how == "pos":
        return [0] + [rng.randint(1, acap) for _ in range(n)]
    if how == "max":
        sign = rng.choice([1, -1])
        return [0] + [sign * acap] * n
    if how == "trap":
        depth = [0] * (n + 1)
        for u, v in edges:
            depth[v] = depth[u] + 1
        out = [0]
        for v in range(1, n + 1):
            if depth[v] <= 1 or rng.random() < 0.3:
                out.append(-rng.randint(acap // 2, acap))
            else:
                out.append(rng.randint(-acap // 4, acap // 2))
        return out
    return [0] + [rng.randint(-acap, acap) for _ in range(n)]


def render(n, edges, vals, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        name = [0, 1] + rng.sample(range(2, n + 1), n - 1)  # the root keeps label 1
    renamed = [0] * (n + 1)
    for old in range(1, n + 1):
        renamed[name[old]] = vals[old]
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n}\n" + " ".join(map(str, renamed[1:])) + "\n" + "".join(r + "\n" for r in rows)


HAND = {
    # the best set around a leaf climbs to its parent and beyond; the set around 4 must leave the branch of 3 out
    "hand": (7, [(1, 2), (1, 3), (2, 4), (2, 5), (3, 6), (3, 7)], [0, 2, -1, -4, 3, -2, 5, -3]),
    "hand2": (6, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6)], [0, -2, 4, -1, 3, -5, 6]),
}


def fixed(name):
    acap = MAXA
    if name == "single":
        return f"1\n{-rng.randint(1, 9)}\n"
    if name == "single_pos":
        return f"1\n{rng.randint(1, 9)}\n"
    if name == "two_neg":  # every value negative: the answer is the largest single value
        return "2\n-3 -2\n2 1\n"
    if name == "all_neg":
        n = 8
        return render(n, shape_edges("random", n), values(n, [], "neg", 20))
    if name == "zeros":
        n = 6
        return render(n, shape_edges("random", n), [0] * (n + 1))
    if name == "split":  # two positive groups joined through a vertex that costs more than the smaller group
        return render(5, [(1, 2), (2, 3), (1, 4), (4, 5)], [0, -10, 4, 5, 3, 6])
    if name == "bridge":  # the same, but joining pays off
        return render(5, [(1, 2), (2, 3), (1, 4), (4, 5)], [0, -6, 4, 5, 3, 6])
    if name == "max_pos":
        n = 10
        return render(n, shape_edges("random", n), [0] + [acap] * n)
    if name == "max_neg":
        n = 10
        return render(n, shape_edges("random", n), [0] + [-acap] * n)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(rows, header="4\n1 -2 3 4\n"):
        return header + "".join(r + "\n" for r in rows)

    base = ["1 2", "2 3", "3 4"]
    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{i - 1} {i}" for i in range(2, n + 1)], f"{n}\n" + " ".join(["1"] * n) + "\n")
    if kind == "n_zero":
        return "0\n\n"
    if kind == "not_connected":
        return text(["1 2", "2 3", "3 1"])
    if kind == "self_loop":
        return text(["1 2", "2 3", "3 3"])
    if kind == "duplicate_edge":
        return text(["1 2", "2 3", "2 1"])
    if kind == "vertex_out_of_range":
        return text(["1 2", "2 3", "3 5"])
    if kind == "too_few_edges":
        return text(base[:2])
    if kind == "double_space":
        return text(["1 2", "2  3", "3 4"])
    if kind == "leading_zero":
        return text(["1 2", "02 3", "3 4"])
    if kind == "value_too_big":
        return text(base, f"4\n1 {MAXA + 1} 1 1\n")
    if kind == "value_too_small":
        return text(base, f"4\n1 {-MAXA - 1} 1 1\n")
    if kind == "minus_zero":
        return text(base, "4\n1 -0 1 1\n")
    if kind == "too_few_values":
        return text(base, "4\n1 1 1\n")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, vals = HAND[opts.get("kind", "hand")]
    out = render(n, edges, vals)  # renamed by the seed, so samples differ from problem to problem
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "broom", "binary"]), n)
    acap = min(MAXA, int(opts.get("acap", MAXA)))
    out = render(n, edges, values(n, edges, rng.choice(["mixed", "mixed", "trap", "neg", "pos"]), acap))
elif mode == "shape":
    n = size("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, values(n, edges, opts.get("a", "mixed"), MAXA))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
