"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=tie|plain, random lo= hi= maxval=, fixed a=v,v,..., ties n=,
max kind=random|mountain|late_tie_right|late_tie_left|equal, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def late_tie(n, longer_right):
    """Both ends rise towards the middle in alternation, then both ends show one equal value, behind which runs of
    different lengths rise: the tie decides which run is taken."""
    half = n // 4
    pool = sorted(rng.sample(range(1, MAXV // 2), 2 * half))
    left, right = pool[0::2], pool[1::2]  # taken alternately: left[0] < right[0] < left[1] < ...
    tie = MAXV // 2 + rng.randint(0, 1000)
    rest = n - 2 * half - 2
    long_len, short_len = rest - rest // 3, rest // 3
    run_long = sorted(rng.sample(range(tie + 1, MAXV + 1), long_len))
    run_short = sorted(rng.sample(range(tie + 1, MAXV + 1), short_len))
    inner_left, inner_right = (run_short, run_long) if longer_right else (run_long, run_short)
    # inner_left rises from the left end inwards; inner_right rises from the right end inwards
    middle = [tie] + inner_left + list(reversed(inner_right)) + [tie]
    return left + middle + list(reversed(right))


def greedy(a, strict):
    """The answer (the reference's greedy); strict=False lets the written numbers stay equal."""
    def above(x, y):
        return x > y if strict else x >= y

    l, r, last, taken = 0, len(a) - 1, 0, 0
    while l <= r:
        left_ok, right_ok = above(a[l], last), above(a[r], last)
        if left_ok and right_ok and a[l] == a[r]:
            run_left = 1
            while l + run_left <= r and above(a[l + run_left], a[l + run_left - 1]):
                run_left += 1
            run_right = 1
            while r - run_right >= l and above(a[r - run_right], a[r - run_right + 1]):
                run_right += 1
            return taken + max(run_left, run_right)
        if left_ok and (not right_ok or a[l] < a[r]):
            last, l = a[l], l + 1
        elif right_ok:
            last, r = a[r], r - 1
        else:
            break
        taken += 1
    return taken


if mode == "sample":
    if opts["kind"] == "tie":  # equal ends: only the longer run behind them can be finished
        v = sorted(rng.sample(range(1, 100), 7))
        vals = [v[r - 1] for r in (1, 5, 2, 7, 6, 4, 3, 1)]  # the longer run is behind the back
    else:  # different ends, and one number repeated where taking it twice would write down more
        vals = [rng.randint(1, 29) for _ in range(7)]
        while vals[0] == vals[-1] or greedy(vals, strict=True) < 4 or \
                greedy(vals, strict=True) == greedy(vals, strict=False):
            vals = [rng.randint(1, 29) for _ in range(7)]
    out = text(vals)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    top = int(opts["maxval"])
    out = text([rng.randint(1, top) for _ in range(n)])
elif mode == "fixed":
    out = text(list(map(int, opts["a"].split(","))))
elif mode == "ties":
    out = text(late_tie(int(opts["n"]), rng.random() < 0.5))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        vals = [rng.randint(1, MAXV) for _ in range(MAXN)]
    elif kind == "mountain":  # rises from both ends to a peak: everything can be taken
        vals = sorted(rng.sample(range(1, MAXV + 1), MAXN))
        left = [v for i, v in enumerate(vals) if rng.random() < 0.5]
        chosen = set(left)
        vals = left + [v for v in reversed(vals) if v not in chosen]
    elif kind in ("late_tie_right", "late_tie_left"):
        vals = late_tie(MAXN, kind == "late_tie_right")
    else:
        vals = [rng.randint(1, MAXV)] * MAXN
    out = text(vals)
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1)), "zero": "3\n1 0 2\n", "too_big": text([1, MAXV + 1]),
           "count": "3\n1 2\n", "double_space": "2\n1  2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
