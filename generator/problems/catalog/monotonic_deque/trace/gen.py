"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=expire|ties, random lo= hi= cap=, fixed k= a=v,v,..., falling n=,
max kind=random|falling|ties, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def falling(n, k):
    """Mostly falling values: the deque grows to K entries and entries leave at the front by expiry."""
    values = sorted((rng.randint(0, MAXV) for _ in range(n)), reverse=True)
    for _ in range(n // 10):
        i = rng.randrange(n)
        values[i] = rng.randint(0, MAXV)
    return text(k, values)


if mode == "sample":
    if opts["kind"] == "expire":  # a big value leaves the window and older, smaller ones were dropped already
        vals = rng.sample(range(1, 40), 7)
        vals.sort(reverse=True)
        vals[rng.randint(3, 5)] = rng.randint(40, 60)
        out = text(3, vals)
    else:  # equal values: the older one is removed
        v = rng.randint(10, 30)
        out = text(rng.choice([2, 3]), [v + 4, v + 2, v + 2, v, v + 5, v - 1, v - 1])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(int(opts["cap"]), MAXV)
    out = text(rng.randint(1, n), [rng.randint(0, cap) for _ in range(n)])
elif mode == "fixed":
    out = text(int(opts["k"]), list(map(int, opts["a"].split(","))))
elif mode == "falling":
    n = int(opts["n"])
    out = falling(n, rng.randint(3, n // 2))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = text(rng.randint(MAXN // 4, MAXN // 2), [rng.randint(0, MAXV) for _ in range(MAXN)])
    elif kind == "falling":
        out = falling(MAXN, rng.randint(MAXN // 3, MAXN))
    else:
        out = text(rng.randint(5, 20), [rng.randint(0, 2) for _ in range(MAXN)])
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "k_big": "3 4\n1 2 3\n", "k_zero": "3 0\n1 2 3\n",
           "too_big": text(1, [MAXV + 1]), "count": "3 1\n1 2\n", "negative": "2 1\n-1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
