"""Test generator for dp_basics.tiling: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxk. Modes: sample which=1|2|3, random lo= hi= maxk_small=, fixed n= k=, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
rng = random.Random(seed)

if mode == "sample":
    which = opts["which"]
    if which == "1":  # the smallest interesting strips, one colour: the classic 2 x n tiling with squares
        n, k = rng.choice((3, 4)), 1
    elif which == "2":  # a few colours
        n, k = rng.randint(4, 6), rng.randint(2, 3)
    else:  # long, many colours: only the modulo keeps it small
        n, k = rng.randint(50, 200), rng.randint(10 ** 8, MAXK)
    out = f"{n} {k}\n"
elif mode == "random":
    out = f"{rng.randint(int(opts['lo']), int(opts['hi']))} {rng.randint(1, min(MAXK, int(opts['maxk_small'])))}\n"
elif mode == "fixed":
    out = f"{opts['n']} {opts['k']}\n"
elif mode == "max":
    out = f"{MAXN} {rng.randint(1, MAXK)}\n"
elif mode == "invalid":
    out = {
        "n_zero": "0 3\n", "n_too_big": f"{MAXN + 1} 3\n", "k_zero": "5 0\n", "k_too_big": f"5 {MAXK + 1}\n",
        "one_number": "5\n", "two_lines": "5\n3\n", "leading_zero": "05 3\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
