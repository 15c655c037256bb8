"""Test generator for dp_basics.sum_123: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random lo= hi= t=, all lo= hi= (every N in the range, shuffled),
extremes, past_mod t= (lengths whose count is past 10^9 + 7 and where a modulo forgotten on one path shows),
max kind=random|top, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
MOD = 1_000_000_007
rng = random.Random(seed)


def text(counts):
    return f"{len(counts)}\n" + "".join(f"{n}\n" for n in counts)


def creeping(top):
    """The true counts and those of the modulo forgotten on the ways[n - 3] path, for 0..top."""
    good, bad = [1] + [0] * top, [1] + [0] * top
    for i in range(1, top + 1):
        good[i] = (good[i - 1] + (good[i - 2] if i >= 2 else 0) + (good[i - 3] if i >= 3 else 0)) % MOD
        w = bad[i - 1]
        if i >= 2:
            w = (w + bad[i - 2]) % MOD
        if i >= 3:
            w += bad[i - 3]
        bad[i] = w
    return good, bad


if mode == "sample":
    if opts["which"] == "1":  # lengths a reader can count by hand
        counts = rng.sample(range(3, 11), 3)
        counts.insert(rng.randint(0, 3), rng.choice((1, 2)))
    else:  # long ones, where only the modulo keeps the numbers small
        good, bad = creeping(MAXN)
        counts = []
        while len(counts) < 3:
            n = rng.randint(40, MAXN) if counts else rng.randint(40, 80)
            if good[n] != bad[n]:
                counts.append(n)
        rng.shuffle(counts)
    out = text(counts)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    out = text([rng.randint(lo, hi) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    counts = list(range(int(opts["lo"]), int(opts["hi"]) + 1))
    rng.shuffle(counts)
    out = text(counts)
elif mode == "extremes":
    out = text([1, 2, 3, 4, MAXN, MAXN - 1, MAXN - 2, 36, 37, 38])
elif mode == "past_mod":
    good, bad = creeping(MAXN)
    pool = [n for n in range(1, MAXN + 1) if good[n] != bad[n]]
    out = text(sorted(rng.sample(pool, int(opts["t"]))))
elif mode == "max":
    if opts["kind"] == "random":
        counts = [rng.randint(1, MAXN) for _ in range(MAXT)]
    else:  # every question near the top
        counts = [rng.randint(MAXN - 1000, MAXN) for _ in range(MAXT)]
        counts[rng.randrange(MAXT)] = MAXN
    out = text(counts)
elif mode == "invalid":
    out = {
        "n_zero": text([5, 0, 3]), "n_too_big": text([MAXN + 1]), "t_mismatch": "3\n1\n2\n",
        "too_many": text([1] * (MAXT + 1)), "two_numbers": "1\n3 4\n", "leading_zero": "2\n07\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
