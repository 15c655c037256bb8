"""Test generator for binomial.stars_bars: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxv. Modes: sample, small, list n=N k=K l=L, random, short (N just below or at K·L), max [l=L],
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXV = int(opts["maxv"])
rng = random.Random(seed)


def render(n, k, low):
    return f"{n} {k} {low}\n"


if mode == "sample":
    k = rng.randint(2, 9)
    low = rng.randint(0, 5)
    out = render(k * low + rng.randint(1, 15), k, low)
elif mode == "small":
    k = rng.randint(1, 6)
    low = rng.randint(0, 3)
    out = render(max(1, k * low + rng.randint(-3, 8)), k, low)
elif mode == "list":
    out = render(int(opts["n"]), int(opts["k"]), int(opts["l"]))
elif mode == "random":
    k = rng.randint(1, MAXV // 10)
    low = rng.randint(0, MAXV // k // 2)
    out = render(rng.randint(max(1, k * low), MAXV), k, low)
elif mode == "short":
    k = rng.randint(1000, MAXV // 100)
    low = rng.randint(1, MAXV // k)
    out = render(max(1, k * low - rng.randint(0, 1)), k, low)
elif mode == "max":
    low = int(opts.get("l", rng.randint(1, 3)))
    k = rng.randint(MAXV // 8, MAXV // (2 * max(low, 1)))
    out = render(rng.randint(MAXV - MAXV // 20, MAXV), k, low)
elif mode == "invalid":
    out = {
        "zero_k": "5 0 1\n", "too_big": f"{MAXV + 1} 2 0\n", "negative": "5 2 -1\n", "two_numbers": "5 2\n",
        "two_lines": "5 2\n1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
