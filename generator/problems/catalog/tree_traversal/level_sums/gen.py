"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=plain|tie, random lo= hi= [cap=], fixed case=, max kind=path|star|random|broom,
invalid kind=. Vertex numbers are shuffled (the root stays 1), so parents often have larger numbers."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(parent, value):
    n = len(value)
    return f"{n}\n" + " ".join(map(str, parent[2:])) + ("\n" if n > 1 else "\n") + " ".join(map(str, value)) + "\n"


def relabel(par_of, values):
    """par_of[i] for i >= 1 (0-based vertices, 0 the root) -> 1-based input with the non-root numbers shuffled."""
    n = len(values)
    order = list(range(2, n + 1))
    rng.shuffle(order)
    name = [1] + order
    parent = [0] * (n + 1)
    value = [0] * n
    for i in range(n):
        value[name[i] - 1] = values[i]
        if i:
            parent[name[i]] = name[par_of[i]]
    return text(parent, value)


def random_tree(n, cap):
    return [0] + [rng.randrange(i) for i in range(1, n)], [rng.randint(-cap, cap) for _ in range(n)]


if mode == "sample":
    if opts["kind"] == "plain":
        par = [0, 0, 0, 1, 1, 2, 5]
        vals = [rng.randint(1, 5), rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 6), rng.randint(1, 6),
                rng.randint(-4, 4), rng.randint(-9, 9)]
        out = relabel(par, vals)
    else:  # levels 1 and 2 tie: the smaller level is printed
        a = rng.randint(2, 9)
        out = relabel([0, 0, 0, 1, 2], [a, a - 1, 1, -5, -2])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXV, int(opts.get("cap") or rng.choice([3, 10, MAXV])))
    out = relabel(*random_tree(n, cap))
elif mode == "fixed":
    out = {"one": text([0, 0], [-7]),
           "all_negative": text([0, 0, 1, 1, 2], [-5, -1, -2, -9]),
           "tie_three": text([0, 0, 1, 1, 2, 2], [3, 1, 2, 3, -1]),
           "parent_larger": text([0, 0, 4, 2, 1], [1, 5, 5, -2]),
           "zero_sums": text([0, 0, 1, 1], [0, 5, -5]),
           "extreme": text([0, 0, 1, 1], [MAXV, MAXV, MAXV])}[opts["case"]]
elif mode == "max":
    kind, n = opts["kind"], MAXN
    if kind == "path":  # height N: walking up from every vertex is quadratic
        par = [0] + list(range(0, n - 1))
        vals = [rng.randint(-MAXV, MAXV) for _ in range(n)]
    elif kind == "star":
        par = [0] + [0] * (n - 1)
        vals = [rng.randint(-MAXV, MAXV) for _ in range(n)]
    elif kind == "broom":  # a long handle, then a wide brush of large values
        handle = n // 2
        par = [0] + list(range(0, handle - 1)) + [handle - 1] * (n - handle)
        vals = [rng.randint(-MAXV, MAXV) for _ in range(n)]
    else:
        par, vals = random_tree(n, MAXV)
    out = relabel(par, vals)
elif mode == "invalid":
    out = {"too_many": text([0, 0] + [1] * MAXN, [0] * (MAXN + 1)), "too_big": text([0, 0, 1], [MAXV + 1, 0]),
           "cycle": text([0, 0, 3, 2], [1, 1, 1]), "self_parent": text([0, 0, 2], [1, 1]),
           "parent_range": text([0, 0, 3], [1, 1]), "count": "3\n1 1\n1 2\n", "double_space": "3\n1  1\n1 2 3\n",
           "minus_zero": "2\n1\n-0 1\n", "zero": "0\n\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
