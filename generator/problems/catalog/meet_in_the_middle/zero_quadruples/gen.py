"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: n, then n lines "A_i B_i C_i D_i". Params: maxn, maxv. Modes: sample, random lo= hi= [span=] (values in
[-span, span]), planted lo= hi= (large values, some quadruples forced to cancel), case name=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(rows):
    return f"{len(rows)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def spread(n, span):
    return [[rng.randint(-span, span) for _ in range(4)] for _ in range(n)]


def planted(n, plants):
    """Large values; then `plants` entries of D are set to cancel a random A, B, C (|A + B + C| <= 3 * MAXV / 4)."""
    quarter = MAXV // 4
    rows = [[rng.randint(-quarter, quarter) for _ in range(3)] + [rng.randint(-MAXV, MAXV)] for _ in range(n)]
    for _ in range(plants):
        i, j, k, t = (rng.randrange(n) for _ in range(4))
        rows[t][3] = -(rows[i][0] + rows[j][1] + rows[k][2])
    return rows


if mode == "sample":
    rows = spread(rng.randint(4, 6), 3)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    rows = spread(n, int(opts.get("span") or rng.choice([2, 10, 100])))
elif mode == "planted":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    rows = planted(n, rng.randint(1, n))
elif mode == "case":
    name = opts["name"]
    rows = {
        "one_zero": [[0, 0, 0, 0]],
        "one_miss": [[1, 2, 3, 4]],
        "one_bounds": [[MAXV, -MAXV, MAXV, -MAXV]],
        "one_skewed": [[MAXV, MAXV, -MAXV, -MAXV + 1]],
        "two_zeros": [[0, 0, 0, 0], [0, 0, 0, 0]],
        "mirror": [[1, 2, -1, -2], [3, -3, 3, -3], [2, 1, -2, -1]],
    }[name]
elif mode == "max":
    kind = opts["kind"]
    if kind == "small_span":  # huge counts: 64-bit totals, and repeated sums a set would lose
        rows = spread(MAXN, rng.randint(1, 40))
    elif kind == "planted":
        rows = planted(MAXN, MAXN)
    elif kind == "wide":
        rows = spread(MAXN, MAXV)
    else:  # cancel: A = B = v, C = D = -v: every one of the n^4 quadruples counts
        v = rng.randint(1, MAXV)
        rows = [[v, v, -v, -v] for _ in range(MAXN)]
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_many": lambda: render(spread(MAXN + 1, 5)),
        "value_too_big": lambda: render([[1, 2, MAXV + 1, 0]]),
        "value_too_small": lambda: render([[-MAXV - 1, 2, 3, 0]]),
        "three_columns": lambda: "2\n1 2 3\n4 5 6\n",
        "missing_row": lambda: "3\n1 2 3 4\n4 5 6 7\n",
        "zero": lambda: "0\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(rows))
