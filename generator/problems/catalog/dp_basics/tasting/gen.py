"""Test generator for dp_basics.tasting: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxa. Modes: sample which=1|2, random lo= hi= amax=, fixed name=, pairs n= (pairs of big glasses
that are best taken together), small_last n= (a tiny last glass after big ones), max kind=random|flat,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def text(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def solve(a, kind="right"):
    n, a = len(a), [0] + a
    best = [0] * (n + 1)
    best[1] = a[1]
    if kind == "two":
        for i in range(2, n + 1):
            best[i] = max(best[i - 1], best[i - 2] + a[i])
        return best[n]
    if n >= 2:
        best[2] = max(a[1], a[2]) if kind == "base" else a[1] + a[2]
    for i in range(3, n + 1):
        take = max(best[i - 2] + a[i], best[i - 3] + a[i - 1] + a[i])
        best[i] = take if kind == "last" else max(best[i - 1], take)
    return best[n]


def refutes(a, kinds):
    good = solve(a)
    return all(solve(a, k) != good for k in kinds)


FIXED = {"one": [5], "one_empty": [0], "two": [4, 7], "three": [6, 10, 13], "zeros": [0, 0, 0, 0],
         "mountain": [1, 9, 9, 9, 1]}

if mode == "sample":
    kinds = ("last", "two", "base") if opts["which"] == "1" else ("last", "two")
    size = (6, 8) if opts["which"] == "1" else (8, 10)
    while True:
        a = [rng.randint(0, 20) for _ in range(rng.randint(*size))]
        if refutes(a, kinds):
            break
    out = text(a)
elif mode == "random":
    amax = min(MAXA, int(opts["amax"]))
    out = text([rng.randint(0, amax) for _ in range(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))))])
elif mode == "fixed":
    out = text(FIXED[opts["name"]])
elif mode == "pairs":  # two big glasses, one small, repeated: the best takes both big ones of every pair
    n, a = int(opts["n"]), []
    while len(a) < n:
        a += [rng.randint(MAXA - 100, MAXA), rng.randint(MAXA - 100, MAXA), rng.randint(0, 10)]
    out = text(a[:n])
elif mode == "small_last":  # big glasses, then a tiny last one best left
    n = int(opts["n"])
    a = [rng.randint(0, MAXA) for _ in range(n - 3)] + [MAXA, MAXA, rng.randint(0, 5)]
    out = text(a)
elif mode == "max":
    if opts["kind"] == "random":
        a = [rng.randint(0, MAXA) for _ in range(MAXN)]
    else:
        a = [MAXA - rng.randint(0, 3) for _ in range(MAXN)]
    out = text(a)
elif mode == "invalid":
    out = {
        "n_zero": "0\n\n", "n_too_big": text([1] * (MAXN + 1)), "a_too_big": text([1, MAXA + 1]),
        "negative": "2\n-1 2\n", "too_few": "3\n1 2\n", "too_many": "2\n1 2 3\n", "leading_zero": "2\n01 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
