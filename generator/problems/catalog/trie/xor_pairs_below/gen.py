"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxk. Modes: sample kind=mixed|equal, random lo= hi= cap=, fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXK = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxk"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def bound_for(values):
    """A K that splits the XORs of the values: one of the XORs itself (so equality matters), or a random one."""
    if len(values) > 1 and rng.random() < 0.6:
        i, j = rng.sample(range(len(values)), 2)
        return min(MAXK, (values[i] ^ values[j]) + rng.choice((0, 0, 1)))
    return rng.randint(0, min(MAXK, 2 * max(values) + 1))


if mode == "sample":
    if opts["kind"] == "mixed":  # K equals one of the XORs: that pair is not counted
        values = rng.sample(range(1, 16), 5)
        k = values[0] ^ values[1]
        rng.shuffle(values)
    else:  # equal values are close to each other once K >= 1
        x, y = rng.sample(range(2, 30), 2)
        values = [x, y, x, x, y ^ 1]
        rng.shuffle(values)
        k = 2
    out = text(k, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXV, int(opts["cap"]))
    values = [rng.randint(0, cap) for _ in range(n)]
    out = text(bound_for(values), values)
elif mode == "fixed":
    out = {"one": text(5, [3]), "k_zero": text(0, [4, 4, 9]), "k_one_equal": text(1, [6, 6, 7, 6]),
           "exactly_k": text(6, [1, 7, 2, 4]), "k_max": text(MAXK, [MAXV, 0, 524288, MAXV]),
           "top_bits": text(524288, [MAXV, 524287, 0, 524288, 1])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        values = [rng.randint(0, MAXV) for _ in range(MAXN)]
        k = bound_for(values)
    elif kind == "equal":  # one value everywhere: every pair is close, the answer needs 64 bits
        values = [rng.randint(0, MAXV)] * MAXN
        k = rng.randint(1, MAXK)
    elif kind == "wide":  # K in the top twentieth of its range, above every XOR of two values (below 2^20 <= K):
        # every pair is close, and K has a bit the values never have
        values = [rng.randint(0, MAXV) for _ in range(MAXN)]
        k = rng.randint(MAXK - MAXK // 20, MAXK)
    else:  # values sharing their high bits, K in the middle of their XORs: many partial subtrees
        base = rng.randint(0, MAXV) & ~1023
        values = [min(MAXV, base | rng.randint(0, 1023)) for _ in range(MAXN)]
        k = rng.randint(256, 768)
    out = text(k, values)
elif mode == "invalid":
    out = {"too_many": text(1, [0] * (MAXN + 1)), "too_big": text(1, [MAXV + 1, 0]),
           "k_too_big": text(MAXK + 1, [1, 2]), "negative": "2 1\n-1 3\n",
           "count": "3 1\n1 2\n", "leading_zero": "2 1\n01 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
