"""Test generator for tree_traversal.leaves_after_removal (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. Prints N, the parent array p_1..p_N (0 for the root) and the removed vertex d. All
labels are shuffled by the seed (the root is not vertex 1 in general). Modes: sample kind=hand|hand2; random lo= hi=;
shape kind=random|deep|path|star|caterpillar|broom|binary n= [del=random|root|leaf|only_child|deep];
fixed name=...; invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def num(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape_parents(kind, n):
    """par[v] for v in 1..n on a tree rooted at 1 (par[1] = 0); parents have smaller numbers."""
    par = [0] * (n + 1)
    for i in range(2, n + 1):
        if kind == "random":
            par[i] = rng.randint(1, i - 1)
        elif kind == "deep":
            par[i] = rng.randint(max(1, i - 3), i - 1)
        elif kind == "path":
            par[i] = i - 1
        elif kind == "star":
            par[i] = 1
        elif kind == "binary":
            par[i] = i // 2
        elif kind == "caterpillar":
            spine = max(2, n // 2)
            par[i] = i - 1 if i <= spine else rng.randint(1, spine)
        elif kind == "broom":
            handle = max(2, n // 2)
            par[i] = i - 1 if i <= handle else handle
        else:
            raise SystemExit(f"unknown shape {kind}")
    return par


def pick_removed(n, par, how):
    kids = [0] * (n + 1)
    for v in range(2, n + 1):
        kids[par[v]] += 1
    if how == "mixed":
        how = rng.choice(["random", "random", "root", "leaf", "only_child", "only_child", "deep"])
    if how == "root":
        return 1
    if how == "leaf":
        leaves = [v for v in range(1, n + 1) if kids[v] == 0]
        return rng.choice(leaves)
    if how == "only_child":  # its parent becomes a leaf
        only = [v for v in range(2, n + 1) if kids[par[v]] == 1]
        if only:
            return rng.choice(only)
    if how == "deep":
        return rng.randint(max(1, n - max(1, n // 10)), n)
    return rng.randint(1, n)


def render(n, par, d):
    name = list(range(1, n + 1))
    rng.shuffle(name)
    name = [0] + name
    out = [0] * (n + 1)
    for v in range(1, n + 1):
        out[name[v]] = name[par[v]] if par[v] else 0
    return f"{n}\n{' '.join(map(str, out[1:]))}\n{name[d]}\n"


HAND = {
    # root 1 with children 2, 3; removing 5 (only child of 3) makes 3 a leaf: leaves 4, 6 and 3
    "hand": (7, [0, 0, 1, 1, 2, 3, 2, 5], 5),
    "hand2": (6, [0, 0, 1, 1, 3, 3, 1], 3),
}


def fixed(name):
    if name == "single":
        return render(1, [0, 0], 1)
    if name == "two_remove_child":  # the root becomes a leaf
        return render(2, [0, 0, 1], 2)
    if name == "two_remove_root":
        return render(2, [0, 0, 1], 1)
    if name == "star_remove_leaf":
        n = 9
        return render(n, shape_parents("star", n), rng.randint(2, n))
    if name == "path_remove_middle":
        n = 30
        return render(n, shape_parents("path", n), 15)
    if name == "path_remove_second":  # only the root is left, and it is a leaf
        n = 30
        return render(n, shape_parents("path", n), 2)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, ps, d):
        return f"{n}\n{ps}\n{d}\n"

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, " ".join(["0"] + [str(i) for i in range(1, n)]), 1)
    if kind == "two_roots":
        return text(4, "0 1 0 3", 2)
    if kind == "no_root":
        return text(3, "2 3 1", 1)
    if kind == "cycle":  # root 1, and 2 -> 3 -> 4 -> 2 away from it
        return text(4, "0 4 2 3", 1)
    if kind == "own_parent":
        return text(3, "0 2 1", 1)
    if kind == "parent_out_of_range":
        return text(3, "0 1 4", 1)
    if kind == "d_out_of_range":
        return text(3, "0 1 1", 4)
    if kind == "d_zero":
        return text(3, "0 1 1", 0)
    if kind == "too_few_parents":
        return text(4, "0 1 1", 2)
    if kind == "double_space":
        return text(3, "0 1  1", 2)
    if kind == "leading_zero":
        return text(3, "0 01 1", 2)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, par, d = HAND[opts.get("kind", "hand")]
    out = render(n, par, d)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    par = shape_parents(rng.choice(["random", "random", "deep", "caterpillar", "binary", "star", "path"]), n)
    out = render(n, par, pick_removed(n, par, "mixed"))
elif mode == "shape":
    n = num("n")
    par = shape_parents(opts["kind"], n)
    out = render(n, par, pick_removed(n, par, opts.get("del", "mixed")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
