"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxd. Modes: sample kind=rising|falling, random lo= hi= [cap=] [dzero=1], fixed case=,
max kind=one_line|few_lines|flat|random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXD = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxd"])
rng = random.Random(seed)


def text(d, values):
    return f"{len(values)} {d}\n" + " ".join(map(str, values)) + "\n"


def on_lines(n, d, offsets, p_line):
    """Values a_i = offset + d*i for a random offset of the list, or a random nearby value."""
    values = []
    for i in range(1, n + 1):
        if rng.random() < p_line:
            values.append(rng.choice(offsets) + d * i)
        else:
            values.append(rng.choice(offsets) + d * i + rng.choice([-2, -1, 1, 2, 3]))
    return values


if mode == "sample":
    d = rng.randint(1, 3) * (1 if opts["kind"] == "rising" else -1)
    base = rng.randint(-5, 20)
    values = on_lines(6, d, [base, base + rng.randint(1, 4)], 0.7)
    out = text(d, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or 3)
    d = 0 if opts.get("dzero") == "1" else rng.randint(-cap, cap)
    offsets = [rng.randint(-cap, cap) for _ in range(rng.randint(1, 4))]
    out = text(d, on_lines(n, d, offsets, rng.choice([0.3, 0.6, 0.9])))
elif mode == "fixed":
    out = {"one": text(5, [7]), "two_hit": text(3, [4, 7]), "two_miss": text(3, [7, 4]),
           "equal_d0": text(0, [3] * 5), "equal_d1": text(1, [5] * 4),
           "negative_d": text(-2, [10, 8, 6, 100, 2]),
           "extremes": text(MAXD, [-MAXV, 0, MAXV]),
           "far_apart": text(1, [1, 50, -3, 7, 0, 6])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    n = MAXN
    if kind in ("one_line", "few_lines"):  # every (or almost every) value on a seeded line: about N^2/2 pairs
        slope_cap = min(MAXD, MAXV // (2 * n))
        d = rng.choice([-1, 1]) * rng.randint(1, slope_cap)
        room = MAXV - abs(d) * n
        lines = 1 if kind == "one_line" else rng.randint(5, 50)
        offsets = [rng.randint(-room, room) for _ in range(lines)]
        values = [rng.choice(offsets) + d * i for i in range(1, n + 1)]
    elif kind == "steep":  # D in the top twentieth of its range: only neighbours (one step of D) can be on plan, and
        # a_i - D * i runs far past 32 bits
        d = rng.randint(MAXD - MAXD // 20, MAXD)
        values = [rng.randint(-MAXV, MAXV)]
        for _ in range(n - 1):
            step = values[-1] + d
            values.append(step if -MAXV <= step <= MAXV and rng.random() < 0.7 else rng.randint(-MAXV, MAXV))
    elif kind == "flat":  # D = 0: pairs of equal values among a few seeded values
        d = 0
        pool = [rng.randint(-MAXV, MAXV) for _ in range(rng.randint(2, 6))]
        values = [rng.choice(pool) for _ in range(n)]
    else:
        d = rng.randint(-MAXD, MAXD)
        values = [rng.randint(-MAXV, MAXV) for _ in range(n)]
    out = text(d, values)
elif mode == "invalid":
    out = {"too_many": text(1, [0] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]),
           "too_small": text(1, [-MAXV - 1]), "d_big": text(MAXD + 1, [1]),
           "count": "3 1\n1 2\n", "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n",
           "minus_zero": "2 -0\n1 2\n", "zero_n": "0 1\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
