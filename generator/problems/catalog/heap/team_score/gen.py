"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxs, maxe. Modes: sample1, sample2, random lo= hi= [cap=] [k=], fixed case=, max_random k=,
max_fewer_better, max_extremes, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXS, MAXE = (int(opts[k]) for k in ("maxn", "maxs", "maxe"))
rng = random.Random(seed)


def text(k, members):
    return f"{len(members)} {k}\n" + "".join(f"{s} {e}\n" for s, e in members)


if mode == "sample1":  # the best team leaves out a fast member with a tiny factor
    a = rng.randint(2, 9)
    members = [(a, 10), (rng.randint(5, 9), 7), (20 + a, 1), (rng.randint(1, 4), 9)]
    rng.shuffle(members)
    out = text(2, members)
elif mode == "sample2":  # one member alone beats every pair
    out = text(3, [(rng.randint(1, 3), 2), (rng.randint(6, 9), 50), (rng.randint(1, 3), 1)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = int(opts.get("k") or rng.randint(1, n))
    cap = int(opts.get("cap") or rng.choice([3, 20, MAXE]))
    out = text(min(k, n), [(rng.randint(1, min(cap, MAXS)), rng.randint(1, min(cap, MAXE))) for _ in range(n)])
elif mode == "fixed":
    out = {
        "one": text(1, [(1, 1)]),
        "k_equals_n": text(3, [(3, 3), (2, 5), (4, 1)]),
        "k_one": text(1, [(5, 2), (1, 9), (3, 4)]),
        "equal_factors": text(2, [(4, 6), (7, 6), (1, 6)]),
        "largest": text(2, [(MAXS, MAXE), (MAXS, MAXE)]),
        "fewer_better": text(3, [(10, 10), (10, 10), (1, 1)]),
    }[opts["case"]]
elif mode == "max_random":
    out = text(int(opts["k"]), [(rng.randint(1, MAXS), rng.randint(1, MAXE)) for _ in range(MAXN)])
elif mode == "max_fewer_better":  # factors fall steeply: the best team is small although K is large
    members = [(rng.randint(1, MAXS), MAXE - i * (MAXE // MAXN)) for i in range(MAXN)]
    rng.shuffle(members)
    out = text(MAXN // 2, members)
elif mode == "max_extremes":  # the answer reaches 10^18 (all speeds and factors at their maximum)
    # one member exactly at both maxima, the others seeded just below (each problem its own test)
    out = text(MAXN, [(MAXS, MAXE)] + [(MAXS - rng.randint(0, 9), MAXE - rng.randint(0, 9)) for _ in range(MAXN - 1)])
elif mode == "invalid":
    out = {
        "too_many": text(1, [(1, 1)] * (MAXN + 1)),
        "k_zero": text(0, [(1, 1)]),
        "k_big": text(3, [(1, 1), (1, 1)]),
        "speed_zero": text(1, [(0, 1)]),
        "factor_big": text(1, [(1, MAXE + 1)]),
        "missing": "2 1\n1 1\n",
        "double_space": "1 1\n1  1\n",
        "leading_zero": "1 1\n01 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
