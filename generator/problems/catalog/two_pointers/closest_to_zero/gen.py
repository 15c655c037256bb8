"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then N different
values. Params: max_n, max_v. Modes: sample1, sample2, random n= [span=] [sign=mixed|pos|neg], fixed case=,
max kind=, invalid kind=. span bounds |value|."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["max_n"]), int(opts["max_v"])
rng = random.Random(seed)


def render(values):
    rng.shuffle(values)
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def draw(n, span, sign):
    span = min(span, MAXV)
    if sign == "pos":
        pool = range(1, span + 1)
    elif sign == "neg":
        pool = range(-span, 0)
    else:
        pool = range(-span, span + 1)
    return rng.sample(pool, min(n, len(pool)))


if mode == "sample1":
    # The classic shape: a big acid and a big alkali nearly cancel, small values of both signs around.
    big = rng.randint(90, 99)
    out = render([big, -big - rng.choice([1, 2]), rng.randint(3, 6), -rng.randint(1, 2), -rng.randint(50, 80)])
elif mode == "sample2":
    # Both signs present, yet the best pair is two values of one sign.
    out = render([-rng.randint(80, 99), rng.randint(1, 3), rng.randint(4, 7), rng.randint(60, 70), -rng.randint(40, 50)])
elif mode == "random":
    n = max(2, rng.randint(int(opts["n"]) // 2, int(opts["n"])))
    span = int(opts.get("span") or rng.choice([20, 1000, MAXV]))
    sign = opts.get("sign") or rng.choice(["mixed", "mixed", "pos", "neg"])
    values = draw(n, max(span, n), sign)
    out = render(values)
elif mode == "fixed":
    case = opts["case"]
    out = {
        "two": lambda: "2\n-5 3\n",
        "two_positive": lambda: "2\n7 1\n",
        "all_positive": lambda: "4\n9 3 8 5\n",
        "all_negative": lambda: "4\n-9 -3 -8 -5\n",
        "zero_pair": lambda: "5\n-4 1 4 10 -20\n",
        "same_sign_best": lambda: "3\n-10 1 2\n",
        "with_zero": lambda: "3\n0 5 -7\n",
        "far_apart": lambda: f"3\n{MAXV} {MAXV - 1} {MAXV - 2}\n",
        "far_negative": lambda: f"2\n{-MAXV} {-MAXV + 1}\n",
    }[case]()
elif mode == "max":
    kind = opts["kind"]
    if kind == "mixed":
        out = render(draw(MAXN, MAXV, "mixed"))
    elif kind == "positive":  # every pair sums to far more than 10^9
        out = render(rng.sample(range(MAXV - 10 * MAXN, MAXV + 1), MAXN))
    elif kind == "negative":
        out = render(draw(MAXN, MAXV, "neg"))
    else:  # skewed: a few big alkalis, many small acids, the best pair is two acids or a near-cancel
        values = draw(MAXN - 10, 10 ** 6, "pos") + [-rng.randint(MAXV // 2, MAXV) for _ in range(10)]
        out = render(list(dict.fromkeys(values)))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_one": lambda: "1\n5\n",
        "n_too_big": lambda: f"{MAXN + 1}\n" + " ".join(map(str, range(1, MAXN + 2))) + "\n",
        "value_too_big": lambda: f"2\n{MAXV + 1} 1\n",
        "value_too_small": lambda: f"2\n{-MAXV - 1} 1\n",
        "repeated": lambda: "3\n4 4 -1\n",
        "short": lambda: "3\n1 2\n",
        "double_space": lambda: "2\n1  2\n",
        "leading_zero": lambda: "2\n01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
