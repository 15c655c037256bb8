"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: T, then T lines with pairwise distinct board sides N. Params: maxn. Modes: sample1, sample2,
random lo= hi=, fixed sides=a,b,c, max kind=, invalid kind=. Valid inputs are tiny, so the seed picks the sides
and their order."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def render(sides):
    return f"{len(sides)}\n" + "".join(f"{n}\n" for n in sides)


def pick(lo, hi, k):
    lo, hi = max(1, lo), min(MAXN, hi)
    return rng.sample(range(lo, hi + 1), min(k, hi - lo + 1))


if mode == "sample1":
    # One board with placements (4..6) and two others, in random order.
    first = rng.randint(4, 6)
    sides = [first] + rng.sample([n for n in range(1, min(MAXN, 8) + 1) if n != first], 2)
    rng.shuffle(sides)
    out = render(sides)
elif mode == "sample2":
    out = render(pick(1, 8, rng.randint(2, 4)))
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    out = render(pick(lo, hi, rng.randint(1, min(MAXN, hi) - lo + 1)))
elif mode == "fixed":
    sides = [min(MAXN, int(x)) for x in opts["sides"].split(",")]
    out = render(list(dict.fromkeys(sides)))
elif mode == "max":
    if opts["kind"] == "all":
        out = render(pick(1, MAXN, MAXN))
    else:  # only the largest boards
        out = render(pick(MAXN - 2, MAXN, 3))
elif mode == "invalid":
    out = {
        "zero": "2\n0\n4\n",
        "too_big": f"2\n{MAXN + 1}\n4\n",
        "leading_zero": "2\n05\n4\n",
        "two_on_a_line": "2\n4 5\n",
        "repeated_side": "3\n4\n5\n4\n",
        "count_mismatch": "3\n4\n5\n",
        "no_boards": "0\n",
        "too_many": render(list(range(1, MAXN + 1)) + [1]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
