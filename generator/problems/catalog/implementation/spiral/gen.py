"""Test generator for implementation.spiral: python gen.py SEED MODE [key=value ...] prints one input "N M".

Params: maxn. Modes: sample, small, random, size n=.. m=.., max name=..., invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

if mode == "sample" and opts.get("kind") == "column":
    # Taller than wide by 2 or more with an odd width: the spiral ends on a single column, filled on the way down,
    # which the way back up must skip.
    n, m = rng.choice([(5, 3), (6, 3), (7, 3)])
elif mode == "sample":  # wider than tall with an odd height: it ends on a single row, which the way back must skip
    n, m = rng.choice([(3, 4), (3, 5), (3, 6)])
elif mode == "small":
    n, m = rng.randint(1, 8), rng.randint(1, 8)
elif mode == "random":
    n, m = rng.randint(10, MAXN), rng.randint(10, MAXN)
elif mode == "size":
    n, m = int(opts["n"]), int(opts["m"])
elif mode == "max":
    n, m = {"square": (MAXN, MAXN), "wide": (MAXN - 1, MAXN), "tall": (MAXN, MAXN - 3)}[opts["name"]]
elif mode == "invalid":
    sys.stdout.write({"too_big": f"{MAXN + 1} 1\n", "zero": "0 3\n", "one_number": "3\n", "three_numbers": "3 3 3\n",
                      "leading_zero": "03 3\n"}[opts["kind"]])
    raise SystemExit
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(f"{n} {m}\n")
