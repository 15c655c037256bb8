"""Test generator for tree_traversal.binary_orders (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. A binary tree rooted at 1 is printed as N lines `v l r` (0 = no child), lines in a
seeded random order. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|left|right|zigzag|complete|
broom n=; fixed name=...; invalid kind=... Labels other than 1 are shuffled by the seed."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def num(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape(kind, n):
    """left[v], right[v] on labels 1..n rooted at 1 (children get larger labels than parents)."""
    left, right = [0] * (n + 1), [0] * (n + 1)
    if kind == "complete":
        for v in range(2, n + 1):
            (left if v % 2 == 0 else right)[v // 2] = v
        return left, right
    free = [(1, 0), (1, 1)]  # open child slots (vertex, side)
    for v in range(2, n + 1):
        if kind == "left":
            slot = (v - 1, 0)
        elif kind == "right":
            slot = (v - 1, 1)
        elif kind == "zigzag":
            slot = (v - 1, v % 2)
        elif kind == "broom":  # a long left handle, then random bushes under its end
            slot = (v - 1, 0) if v <= n // 2 + 1 else free.pop(rng.randrange(len(free)))
        else:
            slot = free.pop(rng.randrange(len(free)))
        parent, side = slot
        (left if side == 0 else right)[parent] = v
        if slot in free:
            free.remove(slot)
        free.extend([(v, 0), (v, 1)])
    return left, right


def render(n, left, right, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        name = [0, 1] + rest
    rows = [f"{name[v]} {name[left[v]]} {name[right[v]]}" for v in range(1, n + 1)]
    rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # 1 has both children; 2 only a right child, 3 only a left child: the three orders all differ
    "hand": (7, {1: (2, 3), 2: (0, 4), 3: (5, 6), 5: (0, 7)}),
    "hand2": (6, {1: (2, 0), 2: (3, 4), 4: (5, 6)}),
}


def from_children(n, children):
    left, right = [0] * (n + 1), [0] * (n + 1)
    for v, (l, r) in children.items():
        left[v], right[v] = l, r
    return left, right


def fixed(name):
    if name == "single":
        return render(1, [0, 0], [0, 0])
    if name == "two_left":
        return render(2, [0, 2, 0], [0, 0, 0])
    if name == "two_right":
        return render(2, [0, 0, 0], [0, 2, 0])
    if name == "only_right":  # preorder = inorder here, postorder reversed
        n = 12
        return render(n, *shape("right", n))
    if name == "only_left":
        n = 12
        return render(n, *shape("left", n))
    if name == "complete15":
        return render(15, *shape("complete", 15))
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base = ["1 2 3", "2 0 4", "3 0 0", "4 0 0"]

    def text(rows, n=4):
        return f"{n}\n" + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{v} {v + 1 if v < n else 0} 0" for v in range(1, n + 1)], n)
    if kind == "two_parents":
        return text(["1 2 3", "2 0 3", "3 0 0", "4 0 0"])
    if kind == "root_is_child":
        return text(["1 2 0", "2 1 3", "3 0 4", "4 0 0"])
    if kind == "unreachable":  # 3 and 4 point at each other, away from the root
        return text(["1 2 0", "2 0 0", "3 4 0", "4 0 3"])
    if kind == "missing_line":
        return text(base[:3])
    if kind == "vertex_twice":
        return text(["1 2 3", "2 0 4", "3 0 0", "2 0 0"])
    if kind == "child_out_of_range":
        return text(["1 2 3", "2 0 5", "3 0 0", "4 0 0"])
    if kind == "self_child":
        return text(["1 2 3", "2 2 4", "3 0 0", "4 0 0"])
    if kind == "same_child_twice":
        return text(["1 2 3", "2 4 4", "3 0 0", "4 0 0"])
    if kind == "double_space":
        return text(["1 2  3", "2 0 4", "3 0 0", "4 0 0"])
    if kind == "leading_zero":
        return text(["1 2 3", "2 00 4", "3 0 0", "4 0 0"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, children = HAND[opts.get("kind", "hand")]
    out = render(n, *from_children(n, children))
    while out.split("\n")[1].split()[0] == "1":  # the first line is not the root's (wa_first_line_root)
        out = render(n, *from_children(n, children))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(n, *shape(rng.choice(["random", "random", "left", "right", "zigzag", "complete", "broom"]), n))
elif mode == "shape":
    n = num("n")
    out = render(n, *shape(opts["kind"], n))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
