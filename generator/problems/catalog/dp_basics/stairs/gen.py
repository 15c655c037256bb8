"""Test generator for dp_basics.stairs: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxs. Modes: sample which=1|2, random lo= hi= smax=, fixed name=, triples n= (runs of big scores that
tempt three steps in a row), top_before_last n= (the best total stands on step N - 1), low_first n= (steps 1 and 2
both worth taking), max kind=random|flat, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXS = int(opts["maxn"]), int(opts["maxs"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n" + " ".join(map(str, s)) + "\n"


def solve(s, rule=True, last=True, second=True):
    n, s = len(s), [0] + s
    best = [0] * (n + 1)
    best[1] = s[1]
    if n >= 2:
        best[2] = s[1] + s[2] if second else s[2]
    for i in range(3, n + 1):
        best[i] = s[i] + max(best[i - 2], best[i - 3] + s[i - 1] if rule else best[i - 1])
    return best[n] if last else max(best)


def refutes(s, which):
    good = solve(s)
    return all({"rule": solve(s, rule=False), "last": solve(s, last=False), "second": solve(s, second=False)}[w] != good
               for w in which)


FIXED = {"one": [7], "two": [3, 9], "three": [10, 20, 15], "all_equal": [5] * 9, "four": [1, 9, 9, 1]}

if mode == "sample":
    if opts["which"] == "1":  # the classic shape: the best walk takes steps 1 and 2 and must skip to stay legal
        while True:
            s = [rng.randint(1, 30) for _ in range(rng.randint(6, 8))]
            if refutes(s, ("rule", "last", "second")):
                break
    else:
        while True:
            s = [rng.randint(1, 50) for _ in range(rng.randint(7, 10))]
            if refutes(s, ("rule", "last")):
                break
    out = text(s)
elif mode == "random":
    smax = min(MAXS, int(opts["smax"]))
    out = text([rng.randint(1, smax) for _ in range(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))))])
elif mode == "fixed":
    out = text(FIXED[opts["name"]])
elif mode == "triples":  # runs of three big scores among small ones
    n, s = int(opts["n"]), []
    while len(s) < n:
        s += [rng.randint(MAXS - 100, MAXS) for _ in range(3)] + [rng.randint(1, 100) for _ in range(rng.randint(1, 2))]
    out = text(s[:n])
elif mode == "top_before_last":  # a tiny last step after a huge one: the walk must still end on the last step
    n = int(opts["n"])
    s = [rng.randint(1, MAXS) for _ in range(n - 2)] + [MAXS, 1]
    out = text(s)
elif mode == "low_first":  # steps 1 and 2 big, step 3 small: the best walk starts 1, 2
    n = int(opts["n"])
    s = [MAXS, MAXS, 1] + [rng.randint(1, MAXS) for _ in range(n - 3)]
    out = text(s)
elif mode == "max":
    if opts["kind"] == "random":
        s = [rng.randint(1, MAXS) for _ in range(MAXN)]
    else:
        s = [MAXS - rng.randint(0, 5) for _ in range(MAXN)]
    out = text(s)
elif mode == "invalid":
    out = {
        "n_zero": "0\n\n", "n_too_big": text([1] * (MAXN + 1)), "s_zero": text([3, 0, 2]), "s_too_big": text([1, MAXS + 1]),
        "too_few": "3\n1 2\n", "too_many": "2\n1 2 3\n", "negative": "2\n-1 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
