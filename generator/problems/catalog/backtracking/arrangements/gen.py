"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then a_1..a_N (pairwise distinct). Params: maxn, maxa. Modes: sample1, sample2,
random lo= hi=, fixed case=, max m=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def render(m, a):
    return f"{len(a)} {m}\n" + " ".join(map(str, a)) + "\n"


def distinct(n, cap):
    # Unsorted on purpose: the order of the input is not the order of the output.
    return rng.sample(range(1, min(cap, MAXA) + 1), n)


if mode == "sample1":
    # Unsorted, and one number with more digits than another (9 before 10 numerically, not as text).
    a = [rng.randint(2, 9), rng.randint(10, 40), rng.randint(1, 9)]
    while len(set(a)) < 3:
        a[2] = rng.randint(1, 9)
    rng.shuffle(a)
    while a == sorted(a):  # a sorted sample would let a solution that never sorts pass it
        rng.shuffle(a)
    out = render(2, a)
elif mode == "sample2":
    m, a = rng.randint(1, 3), distinct(4, 60)
    while a == sorted(a):
        rng.shuffle(a)
    out = render(m, a)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(rng.randint(1, n), distinct(n, rng.choice([9, 120, MAXA])))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render(1, [rng.randint(1, MAXA)]),
        "digits": lambda: render(3, rng.sample([7, 10, 100, 9, 1000, 99], 4)),
        "extremes": lambda: render(2, rng.sample([1, MAXA, MAXA - 1, 2], 4)),
        "m_one": lambda: render(1, distinct(min(MAXN, 6), 50)),
        "m_equals_n": lambda: render(4, distinct(4, 30)),
    }[case]()
elif mode == "max":
    m = MAXN if opts["m"] == "full" else MAXN - 1
    # one number in the top tenth of its range (a_i near its bound), the rest below it, in a random place
    values = distinct(MAXN - 1, MAXA - MAXA // 10) + [rng.randint(MAXA - MAXA // 10 + 1, MAXA)]
    rng.shuffle(values)
    out = render(m, values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(1, list(range(1, MAXN + 2))),
        "m_above_n": lambda: render(4, [3, 1, 2]),
        "repeated_value": lambda: render(2, [3, 1, 3]),
        "value_zero": lambda: render(2, [3, 0, 2]),
        "value_too_big": lambda: render(2, [3, MAXA + 1, 2]),
        "count_mismatch": lambda: "4 2\n3 1 2\n",
        "leading_zero": lambda: "3 2\n3 01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
