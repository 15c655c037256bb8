"""Test generator for dp_basics.best_stretch: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxa. Modes: sample which=1|2, random lo= hi= amax=, fixed name=, negative n= (every value
negative), valleys n= (gains separated by small losses worth crossing), from_first n= (the best run starts on the
first day), max kind=random|all_max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def text(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def best(a):
    end = top = a[0]
    for x in a[1:]:
        end = x if end < 0 else end + x
        top = max(top, end)
    return top


def breaks(a):
    end = top = a[0]
    for x in a[1:]:
        end = x if end < 0 or x < 0 else end + x
        top = max(top, end)
    return top


def without_zero(a):
    prefix = smallest = top = a[0]
    for x in a[1:]:
        prefix += x
        top = max(top, prefix - smallest)
        smallest = min(smallest, prefix)
    return top


FIXED = {
    "single_negative": [-7], "single_zero": [0], "all_negative": [-5, -2, -8, -3, -2, -9],
    "first_day_run": [6, -2, 5, -20, 4, 3], "through_losses": [-3, 4, -1, 2, -1, 5, -10, 3],
    "zeros_and_negatives": [-4, 0, -1, 0, -6],
}

if mode == "sample":
    if opts["which"] == "1":  # a mix where the best run crosses a loss and starts on the first day
        while True:
            n = rng.randint(7, 9)
            a = [rng.randint(-9, 9) for _ in range(n)]
            if breaks(a) != best(a) and without_zero(a) != best(a) and best(a) > 0:
                break
    else:  # every value a loss
        a = [-rng.randint(1, 9) for _ in range(rng.randint(4, 6))]
    out = text(a)
elif mode == "random":
    amax = min(MAXA, int(opts["amax"]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    lean = rng.choice((-1, 0, 0, 1))  # mostly losses, balanced, or mostly gains
    a = [rng.randint(-amax, amax) + lean * rng.randint(0, amax // 2) for _ in range(n)]
    out = text([max(-amax, min(amax, x)) for x in a])
elif mode == "fixed":
    out = text(FIXED[opts["name"]])
elif mode == "negative":
    n = int(opts["n"])
    out = text([-rng.randint(1, MAXA) for _ in range(n)])
elif mode == "valleys":  # blocks of gains with single small losses between them: the whole span is the best run
    n, a = int(opts["n"]), []
    while len(a) < n:
        a += [rng.randint(MAXA // 2, MAXA) for _ in range(rng.randint(1, 5))]
        a.append(-rng.randint(1, MAXA // 10))
    a = a[:n - 1] + [rng.randint(1, MAXA)]
    out = text(a)
elif mode == "from_first":  # a big gain on day 1, then a small loss, then gains: the best run starts on day 1
    n = int(opts["n"])
    a = [MAXA, -rng.randint(1, MAXA // 100)] + [rng.randint(-MAXA // 3, MAXA // 4) for _ in range(n - 2)]
    out = text(a)
elif mode == "max":
    if opts["kind"] == "random":
        a = [rng.randint(-MAXA, MAXA) for _ in range(MAXN)]
    else:
        a = [MAXA - rng.randint(0, 100) for _ in range(MAXN)]  # all gains: the whole span
    out = text(a)
elif mode == "invalid":
    out = {
        "n_zero": "0\n\n", "n_too_big": text([1] * (MAXN + 1)), "a_too_big": text([1, MAXA + 1, 2]),
        "too_few": "3\n1 2\n", "too_many": "2\n1 2 3\n", "leading_zero": "2\n01 2\n", "minus_zero": "2\n-0 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
