"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: "N S", then the N
different values a_1..a_N. Params: max_n, max_s, max_a. Modes: sample1, sample2, random lo= hi= [n=] [top=],
fixed case=, max kind=, invalid kind=. lo..hi bound S; top is the largest value drawn."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXS, MAXA = int(opts["max_n"]), int(opts["max_s"]), int(opts["max_a"])
rng = random.Random(seed)


def render(s, values):
    return f"{len(values)} {s}\n" + " ".join(map(str, values)) + "\n"


def distinct(n, top):
    top = min(top, MAXA)
    return rng.sample(range(1, top + 1), min(n, top))


if mode == "sample1":
    # Three kinds with a small value among them and a total with a handful of ways (the BOJ 2293 shape).
    values = sorted(rng.sample(range(2, 6), 2) + [1])
    rng.shuffle(values)
    out = render(rng.randint(6, 10), values)
elif mode == "sample2":
    # No kind of value 1, so some totals cannot be made; the total here can, in a few ways.
    while True:
        values = rng.sample(range(2, 9), rng.randint(2, 3))
        s = rng.randint(8, 14)
        ways = [1] + [0] * s
        for a in values:
            for t in range(a, s + 1):
                ways[t] += ways[t - a]
        if 2 <= ways[s] <= 8:
            break
    out = render(s, values)
elif mode == "random":
    s = rng.randint(int(opts["lo"]), min(MAXS, int(opts["hi"])))
    n = int(opts["n"]) if "n" in opts else rng.randint(1, min(MAXN, 6))
    top = int(opts.get("top") or rng.choice([s, max(1, s // 3), 10]))
    out = render(s, distinct(n, max(top, 1)))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "one_way": lambda: "1 1\n1\n",
        "too_big": lambda: "2 5\n6 9\n",
        "unreachable": lambda: "2 7\n2 4\n",
        "single_kind": lambda: "1 12\n3\n",
        "order_trap": lambda: "2 3\n1 2\n",
        "reuse_trap": lambda: "2 6\n2 5\n",
        "max_value": lambda: f"2 {MAXS}\n{MAXA} 1\n",
        "many_small": lambda: render(60, list(range(1, 21))),
    }[case]()
elif mode == "max":
    kind = opts["kind"]
    if kind == "small_values":  # 1..N: the count explodes, the modulo matters
        values = list(range(1, MAXN + 1))
        rng.shuffle(values)
        out = render(MAXS, values)
    elif kind == "random":
        out = render(MAXS - rng.randint(0, 9), distinct(MAXN, MAXA))
    elif kind == "no_one":  # no value 1, values below 200: many totals unreachable by some kinds
        out = render(MAXS - rng.randint(0, 9), rng.sample(range(2, max(MAXN + 2, 201)), MAXN))
    else:  # large: no small values, so every way uses only 3 to 10 items
        out = render(MAXS, rng.sample(range(MAXS // 10, MAXS // 3 + 1), MAXN))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(10, list(range(1, MAXN + 2))),
        "s_too_big": lambda: render(MAXS + 1, [1, 2]),
        "s_zero": lambda: "2 0\n1 2\n",
        "value_zero": lambda: "2 5\n0 2\n",
        "value_too_big": lambda: f"2 5\n{MAXA + 1} 2\n",
        "repeated": lambda: "3 5\n1 2 2\n",
        "short_list": lambda: "3 5\n1 2\n",
        "double_space": lambda: "2 5\n1  2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
