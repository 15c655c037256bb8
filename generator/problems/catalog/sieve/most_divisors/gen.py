"""Test generator for sieve.most_divisors: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxn. Modes: sample, small hi=.., random, list values=a,b,..., top (N = maxn once), records
[hi=..] (the numbers up to hi where the answer changes, each with its neighbours: a tie or an off-by-one at a
record shows), max name=high|mixed, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXN = int(opts["maxq"]), int(opts["maxn"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def record_setters(hi):
    count = [0] * (hi + 1)
    for d in range(1, hi + 1):
        for k in range(d, hi + 1, d):
            count[k] += 1
    found, best = [], 0
    for k in range(1, hi + 1):
        if count[k] > best:
            best = count[k]
            found.append(k)
    return found


if mode == "sample":
    out = render([rng.randint(1, 12) for _ in range(rng.randint(2, 3))] + [rng.randint(13, 60)])
elif mode == "small":
    hi = int(opts["hi"])
    out = render([rng.randint(1, hi) for _ in range(rng.randint(1, 10))])
elif mode == "random":
    out = render([rng.randint(1, MAXN) for _ in range(rng.randint(100, 2000))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "top":
    out = render([MAXN])
elif mode == "records":
    hi = min(int(opts.get("hi", MAXN)), MAXN)
    values = sorted({v for r in record_setters(min(hi, 20000)) for v in (r - 1, r, r + 1) if 1 <= v <= hi})
    if hi > 20000:  # the plain double loop above would be slow to maxn: sample the rest of the range instead
        values += [rng.randint(20000, hi) for _ in range(200)] + [hi]
    out = render(values)
elif mode == "max":
    if opts["name"] == "high":
        out = render([MAXN - rng.randint(0, 1000) for _ in range(MAXQ)])
    else:
        out = render([rng.randint(1, MAXN) for _ in range(MAXQ - 1)] + [MAXN])
elif mode == "invalid":
    out = {
        "zero": render([3, 0]), "too_big": render([MAXN + 1]), "too_many": render([1] * (MAXQ + 1)),
        "missing": "3\n4 6\n", "separate_lines": "2\n4\n6\n", "letter": "1\n1O\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
