"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq, maxa. Modes: sample [kind=square], random hi= q=, fixed n= m= turns=a,b,..., max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXA = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxa"])
rng = random.Random(seed)


def matrix(n, m, hi):
    return [[rng.randint(1, hi) for _ in range(m)] for _ in range(n)]


def text(grid, turns):
    rows = "".join(" ".join(map(str, row)) + "\n" for row in grid)
    return f"{len(grid)} {len(grid[0])}\n{rows}{len(turns)}\n{' '.join(map(str, turns))}\n"


def turns_of(q):
    return [rng.choice((90, 180, 270)) for _ in range(q)]


if mode == "sample":
    if opts.get("kind") == "square":
        n = m = rng.randint(2, 3)
        turns = [rng.choice((90, 270)), 180]
    else:  # non-square, total not a multiple of 180, so the dimensions swap
        n, m = rng.choice([(2, 3), (3, 2), (2, 4), (3, 4)])
        turns = rng.choice([[90], [270], [90, 180], [180, 270], [270, 180, 180]])
    # Distinct numbers, so every cell of the answer can be traced back (with repeated digits a wrong turn could
    # print the same grid).
    values = rng.sample(range(1, 20), n * m)
    out = text([values[i * m:(i + 1) * m] for i in range(n)], turns)
elif mode == "random":
    hi = int(opts["hi"])
    out = text(matrix(rng.randint(1, hi), rng.randint(1, hi), rng.choice([9, MAXA])), turns_of(rng.randint(1, int(opts["q"]))))
elif mode == "fixed":
    n, m = int(opts["n"]), int(opts["m"])
    grid = [[(i * m + j) % MAXA + 1 for j in range(m)] for i in range(n)]
    out = text(grid, [int(t) for t in opts["turns"].split(",")])
elif mode == "max":
    kind = opts["kind"]
    if kind == "square":
        out = text(matrix(MAXN, MAXN, MAXA), turns_of(MAXQ))
    elif kind == "wide":
        turns = turns_of(MAXQ - 1)
        turns.append(180 if sum(turns) // 90 % 2 else 90)  # an odd number of quarter turns in total
        out = text(matrix(MAXN // 2 + 1, MAXN, MAXA), turns)
    else:  # the turns add up to whole circles: the answer is the input matrix
        turns = [90, 270] * (MAXQ // 2)
        out = text(matrix(MAXN, MAXN // 3, MAXA), turns)
elif mode == "invalid":
    kind = opts["kind"]
    small = [[1, 2, 3], [4, 5, 6]]
    out = {
        "too_big": text([[1] * (MAXN + 1)], [90]),
        "bad_angle": text(small, [90, 45]),
        "q_mismatch": "2 3\n1 2 3\n4 5 6\n3\n90 180\n",
        "value_zero": text([[1, 0, 3], [4, 5, 6]], [90]),
        "short_row": "2 3\n1 2 3\n4 5\n1\n90\n",
        "too_many": text(small, [90] * (MAXQ + 1)),
        "leading_zero": "2 3\n1 2 3\n4 05 6\n1\n90\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
