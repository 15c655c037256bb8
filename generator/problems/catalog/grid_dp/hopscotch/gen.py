"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N rows of M integers. Params: maxn, maxm, maxv. Modes: sample1, sample2,
random lo= hi= [cols=] [cap=], fixed case=, anti kind=, max kind=, invalid kind=.
cols fixes M, cap is the largest value used (small caps give many ties)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
rng = random.Random(seed)


def render(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def board(n, m, cap):
    cap = min(cap, MAXV)
    return [[rng.randint(0, cap) for _ in range(m)] for _ in range(n)]


def best(rows):
    prev = rows[0]
    for row in rows[1:]:
        prev = [a + max(p for k, p in enumerate(prev) if k != j) for j, a in enumerate(row)]
    return max(prev)


def second_distinct(rows):
    """The best of the previous row and a runner-up that must differ from it in value, not only in column (a
    wrong shortcut: when two columns share the maximum, the first of them gets less than it may)."""
    prev = rows[0]
    for row in rows[1:]:
        values = sorted(set(prev))
        top, col = values[-1], prev.index(values[-1])
        other = values[-2] if len(values) > 1 else top
        prev = [a + (other if j == col else top) for j, a in enumerate(row)]
    return max(prev)


def greedy(rows):
    """The row-by-row greedy (each row's largest value outside the previous column): what sample 2 refutes."""
    col, total = -1, 0
    for row in rows:
        col = max((j for j in range(len(row)) if j != col), key=row.__getitem__)  # ties: the leftmost
        total += row[col]
    return total


def trap(n, m):
    """Greedy bait: a row whose best value sits above the next row's prize, in the same column, so taking the
    bait costs the prize. Values small around the pairs."""
    rows = board(n, m, MAXV // 10 or 1)
    for i in range(0, n - 1, 2):
        j = rng.randrange(m)
        rows[i][j] = rng.randint(MAXV // 2, MAXV * 3 // 4)
        rows[i + 1][j] = MAXV
    return rows


def ties(n, m):
    """Values 0..2 with the previous row's maximum often held by two columns at once."""
    rows = board(n, m, 2)
    for row in rows:
        if rng.random() < 0.5:
            a, b = rng.sample(range(m), 2)
            row[a] = row[b] = max(row)
    return rows


if mode == "sample1":
    # 3 or 4 rows of 4 columns where the row maxima share a column somewhere (the rule matters), drawn per seed,
    # and where two columns share a row's best total, so a runner-up taken as the second largest distinct value
    # is wrong.
    while True:
        rows = board(rng.randint(3, 4), 4, 9)
        if best(rows) < sum(map(max, rows)) and second_distinct(rows) != best(rows):
            break
    out = render(rows)
elif mode == "sample2":
    # A small board where the row-by-row greedy is not optimal.
    while True:
        rows = board(rng.randint(3, 5), rng.randint(2, 3), 9)
        if greedy(rows) < best(rows):
            break
    out = render(rows)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = int(opts["cols"]) if "cols" in opts else rng.randint(2, MAXM)
    out = render(board(n, m, int(opts.get("cap") or rng.choice([2, 9, MAXV]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: "1 2\n0 0\n",
        "single_row": lambda: render([[rng.randint(0, MAXV) for _ in range(MAXM)]]),
        "two_columns": lambda: "4 2\n5 4\n5 4\n5 4\n5 4\n",
        "greedy_trap": lambda: "2 2\n10 9\n100 1\n",
        "tie_left": lambda: "2 3\n5 5 1\n9 1 1\n",
        "tie_right": lambda: "2 3\n1 5 5\n1 1 9\n",
        "all_zero": lambda: "3 3\n0 0 0\n0 0 0\n0 0 0\n",
        "all_max": lambda: render([[MAXV] * MAXM for _ in range(5)]),
        "return_column": lambda: "3 3\n9 0 0\n0 9 0\n9 0 0\n",
    }[case]()
elif mode == "anti":
    kind = opts["kind"]
    n, m = rng.randint(30, 60), rng.randint(2, MAXM)
    out = render(trap(n, m) if kind == "trap" else ties(n, m))
elif mode == "max":
    kind = opts["kind"]
    m = int(opts.get("cols", MAXM))
    if kind == "random":
        out = render(board(MAXN, m, MAXV))
    elif kind == "trap":
        out = render(trap(MAXN, m))
    elif kind == "ties":
        out = render(ties(MAXN, m))
    else:  # top: every value MAXV or nearly, the largest answers
        out = render([[MAXV - rng.randint(0, 1) for _ in range(m)] for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[1, 0] for _ in range(MAXN + 1)]),
        "m_too_big": lambda: render([[1] * (MAXM + 1)]),
        "one_column": lambda: "2 1\n3\n4\n",
        "value_too_big": lambda: f"2 2\n1 {MAXV + 1}\n0 0\n",
        "negative": lambda: "2 2\n1 -1\n0 0\n",
        "short_row": lambda: "2 3\n1 2 3\n4 5\n",
        "double_space": lambda: "2 2\n1  2\n3 4\n",
        "leading_zero": lambda: "2 2\n1 02\n3 4\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
