"""Test generator for bit_manipulation.subarray_and_sum: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, runs (long runs sharing high bits, broken
now and then), max [full=1: every reading has the top bits, so no window's AND ever drops to 0], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
TOP = MAXV ^ (MAXV >> 3)  # the three highest bits
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def runs(n, break_chance):
    values = []
    for _ in range(n):
        if rng.random() < break_chance:
            values.append(rng.randint(0, MAXV >> 3))
        else:
            values.append(TOP | rng.randint(0, MAXV >> 3))
    return values


if mode == "sample":
    out = render([rng.randint(1, 15) for _ in range(rng.randint(3, 5))])
elif mode == "small":
    hi = rng.choice([3, 15, MAXV])
    out = render([rng.randint(0, hi) for _ in range(rng.randint(1, 9))] if rng.random() < 0.6
                 else [min(MAXV, v) for v in runs(rng.randint(1, 9), 0.3)])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render([rng.randint(0, MAXV) for _ in range(rng.randint(100, MAXN // 10))])
elif mode == "runs":
    out = render(runs(rng.randint(1000, 5000), 0.01))
elif mode == "max":
    out = render(runs(MAXN, 0.0) if opts.get("full") == "1" else runs(MAXN, 0.001))
elif mode == "invalid":
    out = {
        "negative": "3\n4 -1 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "too_few": "3\n4 6\n", "two_lines": "2\n4\n6\n",
        "zero_n": "0\n\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
