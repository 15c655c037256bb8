"""Test generator for bit_manipulation.xor_pairs_k: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list k=K values=a,b,..., random, dense (few distinct codes, many
duplicates and matches), max k=K (N = maxn; k=0: all codes equal, the largest answer), invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def paired(n, k, pool_size, hi):
    """n codes drawn from a small pool closed under XOR with k, so many pairs match."""
    base = [rng.randint(0, hi) for _ in range(max(1, pool_size // 2))]
    pool = base + [b ^ k for b in base if (b ^ k) <= hi]
    return [rng.choice(pool) for _ in range(n)]


if mode == "sample":
    k = rng.randint(1, 7)
    out = render(k, paired(rng.randint(5, 7), k, 4, 15))
elif mode == "small":
    hi = rng.choice([3, 15, MAXV])
    k = rng.choice([0, rng.randint(0, hi)])
    out = render(k, paired(rng.randint(1, 9), k, rng.randint(1, 6), hi))
elif mode == "list":
    out = render(int(opts["k"]), [int(v) for v in opts["values"].split(",")])
elif mode == "random":
    k = rng.randint(0, MAXV)
    out = render(k, paired(rng.randint(100, MAXN // 10), k, rng.randint(10, 5000), MAXV))
elif mode == "dense":
    k = rng.choice([0, rng.randint(1, MAXV)])
    out = render(k, paired(rng.randint(1000, 5000), k, rng.randint(2, 8), MAXV))
elif mode == "max":
    k = int(opts["k"])
    out = render(k, [rng.randint(0, MAXV)] * MAXN if k == 0 else paired(MAXN, k, 200, MAXV))
elif mode == "invalid":
    out = {
        "negative": "3 1\n4 -1 8\n", "too_big": f"2 1\n{MAXV + 1} 2\n", "too_few": "3 2\n4 6\n",
        "k_too_big": f"2 {MAXV + 1}\n1 2\n", "one_line": "2 1 4 6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
