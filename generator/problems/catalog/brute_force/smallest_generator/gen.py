"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: a line with N.
Params: maxn. Modes: sample name=has|none, random hi=, case name=, multi (two or more generators), none (no
generator), max kind=has|multi|none, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def d(m):
    return m + sum(map(int, str(m)))


def generators(n):
    return [m for m in range(max(1, n - 60), n) if d(m) == n]


def pick(lo, hi, want):
    """A random N in [lo, hi] with the wanted number of generators: 'has' >= 1, 'multi' >= 2, 'none' 0."""
    while True:
        n = rng.randint(lo, hi)
        g = len(generators(n))
        if (want == "has" and g >= 1) or (want == "multi" and g >= 2) or (want == "none" and g == 0):
            return n


if mode == "sample":
    # 'has': two or more generators, so the smallest is not the first one a downward search meets
    n = pick(100, 999, "multi") if opts["name"] == "has" else pick(20, 300, "none")
elif mode == "random":
    n = rng.randint(1, min(MAXN, int(opts["hi"])))
elif mode == "multi":
    n = pick(100, MAXN, "multi")
elif mode == "none":
    n = pick(100, MAXN, "none")
elif mode == "case":
    n = {
        "one": 1,  # D(M) >= 2: no generator
        "two": 2,  # D(1) = 2
        "three": 3,  # between D(1) = 2 and D(2) = 4
        "two_generators": 101,  # D(91) = D(100) = 101
        "top": MAXN,
        "nines": max(m for m in range(1, MAXN + 1) if d(m) <= MAXN and str(m).count("9") >= len(str(m)) - 1),
    }[opts["name"]]
    if opts["name"] == "nines":
        n = d(n)
elif mode == "max":
    n = pick(MAXN - MAXN // 10, MAXN, opts["kind"])
elif mode == "invalid":
    sys.stdout.write({
        "zero": "0\n",
        "too_big": f"{MAXN + 1}\n",
        "leading_zero": "0123\n",
        "two_numbers": "12 34\n",
        "negative": "-7\n",
    }[opts["kind"]])
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(f"{n}\n")
