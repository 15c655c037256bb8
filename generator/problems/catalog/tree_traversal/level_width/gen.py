"""Test generator for tree_traversal.level_width (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. A binary tree is printed as N lines `v l r` (0 = no child), the lines in a seeded
random order and every label (the root's too) shuffled, so the root is rarely vertex 1. Modes: sample kind=hand|
hand2; random lo= hi=; shape kind=random|left|right|zigzag|complete|broom|vee|combs n=; fixed name=...;
invalid kind=..."""
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
    """left[v], right[v] on labels 1..n rooted at 1 (before the labels are shuffled)."""
    left, right = [0] * (n + 1), [0] * (n + 1)
    if kind == "complete":
        for v in range(2, n + 1):
            (left if v % 2 == 0 else right)[v // 2] = v
        return left, right
    if kind == "vee":  # two long arms from the root: the deepest level is the widest
        for v in range(2, n + 1):
            if v == 2:
                left[1] = 2
            elif v == 3:
                right[1] = 3
            elif v % 2 == 0:
                left[v - 2] = v
            else:
                right[v - 2] = v
        return left, right
    if kind == "combs":  # a right spine whose vertices hang short left chains: equal widths on many levels
        spine, v = 1, 2
        while v <= n:
            hang, length = spine, rng.randint(1, 3)
            for _ in range(length):
                if v > n:
                    break
                left[hang] = v
                hang, v = v, v + 1
            if v <= n:
                right[spine] = v
                spine, v = v, v + 1
        return left, right
    free, taken = [(1, 0), (1, 1)], set()  # open child slots (vertex, side); slots used by the fixed kinds

    def random_slot():
        while True:
            k = rng.randrange(len(free))
            free[k], free[-1] = free[-1], free[k]
            slot = free.pop()
            if slot not in taken:
                return slot

    for v in range(2, n + 1):
        if kind == "left":
            slot = (v - 1, 0)
        elif kind == "right":
            slot = (v - 1, 1)
        elif kind == "zigzag":
            slot = (v - 1, v % 2)
        elif kind == "broom":  # a long handle, then random bushes under its end
            slot = (v - 1, rng.randint(0, 1)) if v <= n // 2 + 1 else random_slot()
        else:
            slot = random_slot()
        parent, side = slot
        (left if side == 0 else right)[parent] = v
        taken.add(slot)
        free.extend([(v, 0), (v, 1)])
    return left, right


def render(n, left, right, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        rest = list(range(1, n + 1))
        rng.shuffle(rest)
        name = [0] + rest
    rows = [f"{name[v]} {name[left[v]]} {name[right[v]]}" for v in range(1, n + 1)]
    rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # (before the labels are shuffled) level 3 has 4 vertices but spans all 9 columns; level 4 spans 5
    "hand": (9, {1: (2, 3), 2: (4, 5), 3: (6, 7), 4: (0, 8), 6: (9, 0)}),
    # a tie: level 2 (columns 2 and 8, two vertices) and level 3 (columns 1, 4 and 7) both span 7 columns, and
    # the smaller level number is printed; level 4 spans 4
    "hand2": (8, {1: (2, 5), 2: (3, 4), 4: (6, 0), 5: (7, 0), 7: (8, 0)}),
}


def from_children(n, children):
    left, right = [0] * (n + 1), [0] * (n + 1)
    for v, (l, r) in children.items():
        left[v], right[v] = l, r
    return left, right


def fixed(name):
    if name == "single":
        return "1\n1 0 0\n"
    if name == "two_left":
        return render(2, [0, 2, 0], [0, 0, 0])
    if name == "two_right":
        return render(2, [0, 0, 0], [0, 2, 0])
    if name == "cherry":  # root with two leaves: level 2 spans 3 columns with 2 vertices
        return render(3, [0, 2, 0, 0], [0, 3, 0, 0])
    if name == "root_last":  # the root has the largest label
        return "5\n1 0 0\n2 1 3\n3 0 0\n4 0 0\n5 2 4\n"
    if name == "tie_levels":  # levels 2 and 3 both span 5 columns: the smaller level wins
        return render(6, *from_children(6, {1: (4, 2), 2: (3, 0), 4: (6, 5)}))
    if name == "gap_count":  # levels 2 and 3 both have 2 vertices; level 3 spans 6 columns, level 2 only 3
        return render(6, *from_children(6, {1: (2, 5), 2: (3, 0), 3: (0, 4), 5: (0, 6)}))
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(rows, n=4):
        return f"{n}\n" + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{v} {v + 1 if v < n else 0} 0" for v in range(1, n + 1)], n)
    if kind == "two_parents":
        return text(["1 2 3", "2 0 3", "3 0 0", "4 0 0"])
    if kind == "two_roots":
        return text(["1 2 0", "2 0 0", "3 4 0", "4 0 0"])
    if kind == "cycle":  # every vertex is a child: no root
        return text(["1 2 0", "2 3 0", "3 4 0", "4 1 0"])
    if kind == "missing_line":
        return text(["1 2 3", "2 0 4", "3 0 0"])
    if kind == "vertex_twice":
        return text(["1 2 3", "2 0 4", "3 0 0", "2 0 0"])
    if kind == "child_out_of_range":
        return text(["1 2 3", "2 0 5", "3 0 0", "4 0 0"])
    if kind == "self_child":
        return text(["1 2 3", "2 2 4", "3 0 0", "4 0 0"])
    if kind == "same_child_twice":
        return text(["1 2 3", "2 4 4", "3 0 0", "4 0 0"])
    if kind == "minus_one":  # the other common way to write a missing child
        return text(["1 2 3", "2 -1 4", "3 -1 -1", "4 -1 -1"])
    if kind == "double_space":
        return text(["1 2  3", "2 0 4", "3 0 0", "4 0 0"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, children = HAND[opts.get("kind", "hand")]
    out = render(n, *from_children(n, children))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    kinds = ["random", "random", "random", "left", "right", "zigzag", "complete", "broom", "vee", "combs"]
    out = render(n, *shape(rng.choice(kinds), n))
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
