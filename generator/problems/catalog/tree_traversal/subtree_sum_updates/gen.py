"""Test generator for tree_traversal.subtree_sum_updates (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn, maxq, maxa. Prints N Q, the values, N-1 edges (root 1) and Q operations `1 v x` (set
the value of v to x) or `2 v` (sum of v's subtree), at least one of them `2`. Labels other than 1 are shuffled,
edge lines shuffled and ends swapped by the seed. Modes: sample kind=hand|hand2; random lo= hi= [qhi=] [acap=];
shape kind=random|deep|path|star|caterpillar|broom|binary n= q= [qkind=mixed|top] [a=rand|max]; fixed name=...;
invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXA = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxa"])
rng = random.Random(seed)


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxq": MAXQ}.get(value) or int(value)


def shape_edges(kind, n):
    """(parent, child) edges on 1..n rooted at 1; parents have smaller numbers."""
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
    raise SystemExit(f"unknown shape {kind}")


def value(acap):
    return acap if opts.get("a") == "max" else rng.randint(1, acap)


def operations(n, q, kind, acap):
    ops = []
    for _ in range(q):
        if rng.random() < 0.5:
            ops.append((1, rng.randint(1, n), value(acap)))
        elif kind == "top":  # subtrees near the root are large (small numbers sit high in long shapes)
            ops.append((2, rng.randint(1, min(n, 20))))
        else:
            ops.append((2, rng.choice([1, rng.randint(1, n), rng.randint(1, n), rng.randint(max(1, n - 5), n)])))
    if not any(op[0] == 2 for op in ops):
        ops[-1] = (2, rng.randint(1, n))
    return ops


def render(n, edges, vals, ops, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        name = [0, 1] + rest
    a = [0] * (n + 1)
    for v in range(1, n + 1):
        a[name[v]] = vals[v - 1]
    rows = [f"{name[p]} {name[c]}" if rng.random() < 0.5 else f"{name[c]} {name[p]}" for p, c in edges]
    if shuffle:
        rng.shuffle(rows)
    lines = [f"{n} {len(ops)}", " ".join(map(str, a[1:]))] + rows
    lines += [f"1 {name[op[1]]} {op[2]}" if op[0] == 1 else f"2 {name[op[1]]}" for op in ops]
    return "\n".join(lines) + "\n"


HAND = {
    # root 1: children 2, 3; 2 has 4, 5; 5 has 6. A set replaces the old value, it does not add to it.
    "hand": (6, [(1, 2), (1, 3), (2, 4), (2, 5), (5, 6)], [3, 1, 4, 1, 5, 9],
             [(2, 2), (1, 5, 2), (2, 2), (2, 1), (1, 1, 10), (2, 6), (2, 1)]),
    "hand2": (5, [(1, 2), (2, 3), (3, 4), (1, 5)], [2, 7, 1, 8, 2], [(2, 3), (1, 4, 1), (2, 2), (2, 5)]),
}


def fixed(name):
    if name == "single":
        return render(1, [], [7], [(2, 1), (1, 1, 3), (2, 1), (1, 1, 3), (2, 1)])
    if name == "two":
        return render(2, [(1, 2)], [1, MAXA], [(2, 1), (2, 2), (1, 2, 1), (2, 1), (1, 1, MAXA), (2, 1), (2, 2)])
    if name == "leaf_queries":  # a leaf's subtree is itself; the next position belongs to someone else
        n = 12
        edges = shape_edges("binary", n)
        return render(n, edges, [rng.randint(1, 50) for _ in range(n)],
                      [(2, v) for v in range(1, n + 1)] + [(1, 7, 100), (2, 3), (2, 7), (2, 1)])
    if name == "overflow":  # the root's sum passes 2^31 and 2^32
        n = 40
        edges = shape_edges("random", n)
        return render(n, edges, [MAXA - rng.randint(0, 3) for _ in range(n)],
                      [(2, 1), (1, n, MAXA), (2, 1), (2, rng.randint(2, n))])
    if name == "repeat_set":  # setting the same vertex again must not accumulate
        n = 8
        edges = shape_edges("path", n)
        return render(n, edges, [1] * n, [(1, 4, 5), (1, 4, 5), (1, 4, 2), (2, 1), (2, 4), (2, 5)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(header, vals, rows, ops):
        return "\n".join([header, vals] + rows + ops) + "\n"

    rows = ["1 2", "2 3", "1 4"]
    if kind == "n_too_big":
        n = MAXN + 1
        return text(f"{n} 1", " ".join(["1"] * n), [f"{i - 1} {i}" for i in range(2, n + 1)], ["2 1"])
    if kind == "q_too_big":
        return text(f"4 {MAXQ + 1}", "1 1 1 1", rows, ["2 1"] * (MAXQ + 1))
    if kind == "no_sum_query":
        return text("4 2", "1 1 1 1", rows, ["1 2 3", "1 3 4"])
    if kind == "value_zero":
        return text("4 1", "1 0 1 1", rows, ["2 1"])
    if kind == "value_too_big":
        return text("4 1", f"1 {MAXA + 1} 1 1", rows, ["2 1"])
    if kind == "set_too_big":
        return text("4 2", "1 1 1 1", rows, [f"1 2 {MAXA + 1}", "2 1"])
    if kind == "bad_type":
        return text("4 2", "1 1 1 1", rows, ["3 2", "2 1"])
    if kind == "sum_with_value":
        return text("4 2", "1 1 1 1", rows, ["2 2 5", "2 1"])
    if kind == "cycle":
        return text("4 1", "1 1 1 1", ["1 2", "2 3", "3 1"], ["2 1"])
    if kind == "vertex_out_of_range":
        return text("4 1", "1 1 1 1", rows, ["2 5"])
    if kind == "too_few_ops":
        return text("4 3", "1 1 1 1", rows, ["2 1", "2 2"])
    if kind == "double_space":
        return text("4 1", "1 1  1 1", rows, ["2 1"])
    if kind == "leading_zero":
        return text("4 1", "1 1 1 1", rows, ["2 01"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, vals, ops = HAND[opts.get("kind", "hand")]
    out = render(n, edges, vals, ops)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    acap = int(opts.get("acap", MAXA))
    edges = shape_edges(rng.choice(["random", "random", "deep", "caterpillar", "binary", "star", "path"]), n)
    q = rng.randint(1, min(MAXQ, int(opts.get("qhi", "12"))))
    out = render(n, edges, [value(acap) for _ in range(n)], operations(n, q, "mixed", acap))
elif mode == "shape":
    n = num("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, [value(MAXA) for _ in range(n)], operations(n, num("q"), opts.get("qkind", "mixed"), MAXA))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
