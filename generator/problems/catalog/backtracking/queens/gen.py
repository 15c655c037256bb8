"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: one line with N. Params: maxn. Modes: sample1, sample2, random lo= hi=, fixed n=, max, invalid kind=.
Every valid input is a single small number (a trivial input), so the seed only picks N inside a range."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

if mode == "sample1":
    out = f"{rng.choice([4, 5, 6])}\n"
elif mode == "sample2":
    out = f"{rng.choice([7, 8])}\n"
elif mode == "random":
    out = f"{rng.randint(int(opts['lo']), min(MAXN, int(opts['hi'])))}\n"
elif mode == "fixed":
    out = f"{min(MAXN, int(opts['n']))}\n"
elif mode == "max":
    out = f"{MAXN}\n"
elif mode == "invalid":
    out = {
        "zero": "0\n",
        "too_big": f"{MAXN + 1}\n",
        "leading_zero": "05\n",
        "two_numbers": "4 4\n",
        "negative": "-4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
