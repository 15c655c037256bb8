"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxk, maxw, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_random,
max_all_fit, max_tight, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK, MAXW, MAXV = (int(opts[k]) for k in ("maxn", "maxk", "maxw", "maxv"))
rng = random.Random(seed)


def text(items, caps):
    return (f"{len(items)} {len(caps)}\n" + "".join(f"{w} {v}\n" for w, v in items)
            + "".join(f"{c}\n" for c in caps))


def random_case(n, k, wcap, vcap):
    items = [(rng.randint(1, wcap), rng.randint(1, vcap)) for _ in range(n)]
    caps = [rng.randint(1, wcap) for _ in range(k)]
    return text(items, caps)


if mode == "sample1":
    # The big box must leave the light valuable item to the small box, and of the two others that fit it take the
    # more valuable one, which is not the heavier.
    light, heavy, spare = rng.randint(1, 3), rng.randint(7, 9), rng.randint(0, 2)
    middle = rng.randint(light + spare + 1, heavy - 1)
    v1, v3, v2 = sorted(rng.sample(range(10, 60), 3), reverse=True)
    items = [(light, v1), (middle, v3), (heavy, v2), (heavy + 1, rng.randint(1, 9))]
    rng.shuffle(items)
    out = text(items, [heavy, light + spare])
elif mode == "sample2":  # more boxes than fitting items; one item fits nowhere
    out = text([(5, rng.randint(1, 20)), (2, rng.randint(1, 20)), (40, 100)], [10, 3, 7, 1])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = rng.randint(int(opts["lo"]), min(MAXK, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 10, MAXW]))
    out = random_case(n, k, min(cap, MAXW), rng.choice([5, MAXV]))
elif mode == "fixed":
    out = {
        "none_fits": text([(5, 7), (9, 1)], [4, 1]),
        "one_one": text([(1, 1)], [1]),
        "exact_fit": text([(3, 8), (3, 9)], [3]),
        "steal": text([(1, 10), (5, 9)], [1, 5]),
        "chain": text([(1, 5), (2, 6), (3, 7)], [3, 2, 1]),
        "heavy_cheap": text([(1, 9), (4, 2)], [4]),
        "extremes": text([(MAXW, MAXV), (1, MAXV)], [MAXW, MAXW]),
    }[opts["case"]]
elif mode == "max_random":
    out = random_case(MAXN, MAXK, MAXW, MAXV)
elif mode == "max_all_fit":  # every item fits every box: a scan per box is N times K
    out = text([(rng.randint(1, 10), rng.randint(1, MAXV)) for _ in range(MAXN)], [MAXW] * MAXK)
elif mode == "max_tight":  # capacities just above a crowd of weights; values reward waiting
    items = [(w, MAXV + 1 - w) for w in (rng.randint(1, MAXW) for _ in range(MAXN))]  # v >= 1 even at w = MAXW
    out = text(items, [rng.randint(MAXW // 2, MAXW) for _ in range(MAXK)])
elif mode == "invalid":
    out = {
        "too_many": text([(1, 1)] * (MAXN + 1), [1]),
        "zero_weight": text([(0, 1)], [1]),
        "value_big": text([(1, MAXV + 1)], [1]),
        "cap_big": text([(1, 1)], [MAXW + 1]),
        "missing": "2 1\n1 1\n1\n",
        "double_space": "1 1\n1  1\n1\n",
        "leading_zero": "1 1\n01 1\n1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
