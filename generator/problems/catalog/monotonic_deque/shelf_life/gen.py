"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxp, maxc. Modes: sample kind=spoil|ties, random lo= hi= [cap=], fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXP, MAXC = int(opts["maxn"]), int(opts["maxp"]), int(opts["maxc"])
rng = random.Random(seed)


def text(k, prices, needs):
    return f"{len(prices)} {k}\n" + " ".join(map(str, prices)) + "\n" + " ".join(map(str, needs)) + "\n"


if mode == "sample":
    if opts["kind"] == "spoil":  # a cheap day early on: its units spoil, later days must pay more
        prices = [rng.randint(6, 9), rng.randint(1, 3), rng.randint(7, 12), rng.randint(5, 9), rng.randint(8, 12),
                  rng.randint(2, 4), rng.randint(6, 10)]
        needs = [rng.randint(1, 4) for _ in prices]
        out = text(3, prices, needs)
    else:  # equal prices and a day with no need
        v = rng.randint(3, 8)
        prices = [v + 2, v, v, v + 3, v + 1, v + 1]
        needs = [2, 0, 3, 1, rng.randint(1, 5), 2]
        out = text(2, prices, needs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = rng.randint(1, n)
    cap = min(int(opts.get("cap") or rng.choice([3, 100, MAXP])), MAXP)
    out = text(k, [rng.randint(1, cap) for _ in range(n)], [rng.randint(0, rng.choice([2, MAXC])) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(1, [MAXP], [MAXC]), "k_one": text(1, [3, 1, 2], [1, 2, 3]),
           "k_equals_n": text(4, [4, 2, 3, 1], [5, 5, 5, 5]), "equal": text(3, [7] * 6, [1, 2, 3, 4, 5, 6]),
           "rising": text(3, [1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]),
           "falling": text(3, [6, 5, 4, 3, 2, 1], [2, 2, 2, 2, 2, 2]),
           "no_need": text(2, [5, 1, 5], [0, 0, 0]),
           "cheap_then_gone": text(2, [9, 1, 9, 9, 9], [1, 1, 1, 1, 1]),
           "biggest": text(2, [MAXP] * 3, [MAXC] * 3)}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    needs = [rng.randint(0, MAXC) for _ in range(MAXN)]
    if kind == "rising":  # the deque holds the whole window: every day is cheaper than the next
        prices = sorted(rng.sample(range(1, MAXP + 1), MAXN))
        out = text(MAXN // 2 - rng.randint(0, 10), prices, needs)
    elif kind == "biggest":  # the largest possible answer: top prices, top needs, K picked from the seed
        out = text(rng.randint(1, MAXN), [MAXP - rng.randint(0, 3) for _ in range(MAXN)],
                   [MAXC - rng.randint(0, 3) for _ in range(MAXN)])
    else:
        out = text(int(opts["k"]) + rng.randint(0, 100), [rng.randint(1, MAXP) for _ in range(MAXN)], needs)
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1), [1] * (MAXN + 1)), "price_zero": text(1, [0, 1], [1, 1]),
           "price_big": text(1, [MAXP + 1], [1]), "need_big": text(1, [1], [MAXC + 1]),
           "negative": "2 1\n1 2\n-1 2\n", "k_zero": text(0, [1, 2], [1, 2]), "k_big": text(3, [1, 2], [1, 2]),
           "count": "3 1\n1 2 3\n1 2\n", "double_space": "2 1\n1  2\n1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
