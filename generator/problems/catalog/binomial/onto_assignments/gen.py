"""Test generator for binomial.onto_assignments: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxk. Modes: sample, small, list n=N k=K, random, max [near=1: N close to K], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
rng = random.Random(seed)


def render(n, k):
    return f"{n} {k}\n"


if mode == "sample":
    k = rng.randint(2, 7)
    out = render(rng.randint(k + 1, 20), k)
elif mode == "small":
    k = rng.randint(1, 5)
    out = render(rng.randint(1, 7), k)
elif mode == "list":
    out = render(int(opts["n"]), int(opts["k"]))
elif mode == "random":
    k = rng.randint(1, MAXK)
    out = render(rng.choice([rng.randint(k, 10 * k), rng.randint(1, MAXN)]), k)
elif mode == "max":
    k = rng.randint(MAXK - MAXK // 20, MAXK)
    n = rng.randint(k, k + 1000) if opts.get("near") else rng.randint(MAXN - MAXN // 10, MAXN)
    out = render(n, k)
elif mode == "invalid":
    out = {
        "zero_k": "5 0\n", "too_big_k": f"5 {MAXK + 1}\n", "too_big_n": f"{MAXN + 1} 3\n", "one_number": "5\n",
        "negative": "-5 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
