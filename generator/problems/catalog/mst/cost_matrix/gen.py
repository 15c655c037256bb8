"""Test generator for mst.cost_matrix (testlib style): python gen.py SEED MODE [key=value ...] prints `N` then an
N x N symmetric cost matrix (0 on the diagonal, 1..maxw elsewhere). Params: maxn, maxw.

Modes: sample kind=hand|hand2 (hand-made, vertices renamed per seed); random lo= hi= [wcap=]; fixed name=...;
big n= [wcap=]; invalid kind=... Sizes may name a bound (n=maxn, wcap=maxw)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
rng = random.Random(seed * 1000003 + 13)  # salted: tests differ from the other mst tasks


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxw": MAXW}.get(value) or int(value)


def render(matrix):
    return f"{len(matrix)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in matrix)


def renamed(matrix):
    n = len(matrix)
    order = list(range(n))
    rng.shuffle(order)
    return [[matrix[order[i]][order[j]] for j in range(n)] for i in range(n)]


def random_matrix(n, wcap):
    matrix = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j] = matrix[j][i] = rng.randint(1, wcap)
    return matrix


HAND = [[0, 4, 9, 7, 6], [4, 0, 3, 8, 5], [9, 3, 0, 2, 10], [7, 8, 2, 0, 1], [6, 5, 10, 1, 0]]
HAND2 = [[0, 2, 2, 9, 8, 7], [2, 0, 2, 6, 9, 9], [2, 2, 0, 9, 4, 9], [9, 6, 9, 0, 3, 5], [8, 9, 4, 3, 0, 3],
         [7, 9, 9, 5, 3, 0]]


def fixed(name):
    w = MAXW
    if name == "single":
        return [[0]]
    if name == "two":
        return [[0, w], [w, 0]]
    if name == "all_equal":
        return [[0 if i == j else 5 for j in range(5)] for i in range(5)]
    if name == "all_max":
        return [[0 if i == j else w for j in range(4)] for i in range(4)]
    if name == "hub":  # every cheapest edge touches vertex 1: each vertex's own cheapest edge is fine here
        return [[0 if i == j else (1 if min(i, j) == 0 else 9) for j in range(5)] for i in range(5)]
    if name == "two_clusters":  # cheapest edges stay inside the clusters; one dear edge must join them
        return [[0 if i == j else (1 if (i < 3) == (j < 3) else w - (i + j) % 3) for j in range(6)] for i in range(6)]
    if name == "line":  # vertices on a line: |i - j|; a walk from vertex 1 must come back
        order = [2, 0, 4, 1, 3]
        return [[abs(order[i] - order[j]) * 3 if i != j else 0 for j in range(5)] for i in range(5)]
    raise SystemExit(f"unknown fixed test {name}")


def invalid(kind):
    cases = {
        "n_too_big": render([[0 if i == j else 1 for j in range(MAXN + 1)] for i in range(MAXN + 1)]),
        "n_zero": "0\n",
        "w_too_big": f"2\n0 {MAXW + 1}\n{MAXW + 1} 0\n",
        "w_zero": "3\n0 0 1\n0 0 1\n1 1 0\n",
        "diagonal_not_zero": "2\n1 3\n3 0\n",
        "asymmetric": "3\n0 1 2\n1 0 3\n2 4 0\n",
        "short_row": "3\n0 1 2\n1 0\n2 3 0\n",
        "missing_row": "3\n0 1 2\n1 0 3\n",
        "negative": "2\n0 -1\n-1 0\n",
        "double_space": "2\n0  1\n1 0\n",
        "leading_zero": "2\n0 07\n07 0\n",
        "no_final_newline": "2\n0 1\n1 0",
    }
    return cases[kind]


if mode == "sample":
    out = render(renamed(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    out = render(random_matrix(n, size("wcap", "maxw")))
elif mode == "fixed":
    out = render(renamed(fixed(opts["name"])))
elif mode == "big":
    out = render(random_matrix(size("n", "maxn"), size("wcap", "maxw")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
