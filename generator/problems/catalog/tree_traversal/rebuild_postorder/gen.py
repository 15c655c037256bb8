"""Test generator for tree_traversal.rebuild_postorder (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. Builds a binary tree, renames all vertices by a seeded permutation and prints N, the
preorder and the inorder. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|left|right|zigzag|
complete|broom n=; fixed name=...; invalid kind=..."""
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
    """left[v], right[v] on 1..n rooted at 1."""
    left, right = [0] * (n + 1), [0] * (n + 1)
    if kind == "complete":
        for v in range(2, n + 1):
            (left if v % 2 == 0 else right)[v // 2] = v
        return left, right
    free = [(1, 0), (1, 1)]  # open child slots; a used one is dropped when drawn (lazy deletion)
    for v in range(2, n + 1):
        if kind == "left" or (kind == "broom" and v <= n // 2 + 1):
            slot = (v - 1, 0)
        elif kind == "right":
            slot = (v - 1, 1)
        elif kind == "zigzag":
            slot = (v - 1, v % 2)
        else:
            while True:
                i = rng.randrange(len(free))
                free[i], free[-1] = free[-1], free[i]
                slot = free.pop()
                parent, side = slot
                if (left if side == 0 else right)[parent] == 0:
                    break
        parent, side = slot
        (left if side == 0 else right)[parent] = v
        free.extend([(v, 0), (v, 1)])
    return left, right


def orders(left, right):
    pre, ino = [], []
    stack = [[1, 0]]
    while stack:
        top = stack[-1]
        v = top[0]
        if top[1] == 0:
            pre.append(v)
            top[1] = 1
            if left[v]:
                stack.append([left[v], 0])
        elif top[1] == 1:
            ino.append(v)
            top[1] = 2
            if right[v]:
                stack.append([right[v], 0])
        else:
            stack.pop()
    return pre, ino


def render(n, left, right, rename=True):
    pre, ino = orders(left, right)
    name = list(range(n + 1))
    if rename:
        rest = list(range(1, n + 1))
        rng.shuffle(rest)
        name = [0] + rest
    return (f"{n}\n{' '.join(str(name[v]) for v in pre)}\n{' '.join(str(name[v]) for v in ino)}\n")


HAND = {
    # 1 has both children, 2 only a right child, 3 only a left child
    "hand": (7, {1: (2, 3), 2: (0, 4), 3: (5, 0), 5: (6, 7)}),
    "hand2": (6, {1: (2, 6), 2: (3, 4), 4: (0, 5)}),
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
    if name == "left_chain":
        return render(12, *shape("left", 12))
    if name == "right_chain":
        return render(12, *shape("right", 12))
    if name == "zigzag":
        return render(13, *shape("zigzag", 13))
    if name == "complete15":
        return render(15, *shape("complete", 15))
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, pre, ino):
        return f"{n}\n{pre}\n{ino}\n"

    if kind == "n_too_big":
        n = MAXN + 1
        seq = " ".join(map(str, range(1, n + 1)))
        return text(n, seq, seq)
    if kind == "not_permutation":
        return text(4, "1 2 2 4", "2 1 3 4")
    if kind == "different_sets":
        return text(3, "1 2 3", "1 2 4")
    if kind == "inconsistent":  # preorder 1 2 3 forbids inorder 3 1 2
        return text(3, "1 2 3", "3 1 2")
    if kind == "too_short":
        return text(4, "1 2 3", "2 1 3 4")
    if kind == "value_zero":
        return text(3, "0 1 2", "1 0 2")
    if kind == "double_space":
        return text(3, "1  2 3", "2 1 3")
    if kind == "leading_zero":
        return text(3, "01 2 3", "2 1 3")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, children = HAND[opts.get("kind", "hand")]
    out = render(n, *from_children(n, children))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(n, *shape(rng.choice(["random", "random", "random", "left", "right", "zigzag", "complete",
                                       "broom"]), n))
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
