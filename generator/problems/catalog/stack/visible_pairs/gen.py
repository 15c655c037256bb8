"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxh. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, equal, decreasing, valleys,
max_random [cap=], invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


if mode == "sample1":  # equal heights that see each other over shorter ones, and a tall one that blocks
    a, b, c = sorted(rng.sample(range(100, 200), 3))
    out = text([b, a, b, c, a, a, b])
elif mode == "sample2":
    out = text([rng.randint(1, 4) for _ in range(rng.randint(5, 7))])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([1, 2, 3, 10, MAXH]))
    out = text([rng.randint(1, min(cap, MAXH)) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [MAXH], "two": [1, MAXH], "three_equal": [5, 5, 5], "blocked": [1, 9, 1],
                "cup": [3, 1, 1, 3], "down": [6, 5, 4, 3, 2, 1], "up": [1, 2, 3, 4, 5, 6]}[opts["case"]])
elif mode == "equal":  # N(N-1)/2 pairs: more than 32 bits; the height comes from the seed (no test repeats)
    out = text([rng.randint(max(1, MAXH - 10**6), MAXH)] * MAXN)
elif mode == "decreasing":  # nothing is ever popped: the stack gets N deep; where it starts comes from the seed
    start = MAXH - rng.randint(0, max(0, MAXH - MAXN))
    out = text(list(range(start, start - MAXN, -1)))
elif mode == "valleys":  # runs of equal heights between taller walls
    values = []
    while len(values) < MAXN:
        values += [MAXH] + [rng.randint(1, 3)] * rng.randint(1, 50)
    out = text(values[:MAXN])
elif mode == "max_random":
    cap = int(opts.get("cap", MAXH))
    out = text([rng.randint(1, cap) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXN + 1)), "zero": text([1, 0]), "too_high": text([MAXH + 1]),
           "missing": "3\n1\n2\n", "two_on_line": "2\n1 2\n", "leading_zero": "2\n01\n2\n", "zero_n": "0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
