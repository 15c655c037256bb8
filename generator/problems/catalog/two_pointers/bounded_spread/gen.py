"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, walk len=, max_all, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def walk(n, step):
    """A random walk inside [0, MAXV]: windows of every length are steady somewhere."""
    v = rng.randint(0, MAXV)
    out = []
    for _ in range(n):
        v = min(MAXV, max(0, v + rng.randint(-step, step)))
        out.append(v)
    return out


if mode == "sample1":  # a spread of exactly K counts; a jump ends the steady blocks
    base, k = rng.randint(2, 30), rng.randint(2, 4)
    values = [base, base + k, base + 1, base, base + k + rng.randint(1, 3), base + k, base + 1]
    out = text(k, values)
elif mode == "sample2":  # equal values and K = 0
    v, w = rng.randint(1, 20), rng.randint(21, 40)
    out = text(0, [v, v, w, w, w, v][:rng.randint(5, 6)])
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([2, 5, 20, MAXV]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    values = [rng.randint(0, min(cap, MAXV)) for _ in range(n)]
    spread = max(values) - min(values)
    out = text(rng.randint(0, spread), values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(0, [MAXV]), "k_zero": text(0, [1, 2, 2, 3, 3, 3]), "all_equal": text(0, [7] * 8),
           "exact_spread": text(MAXV, [0, MAXV, 0, MAXV]), "jump": text(3, [1, 2, 3, 4, 100, 101, 102]),
           "zigzag": text(2, [5, 1, 3, 2, 4, 1, 5, 3])}[case]
elif mode == "walk":
    n = min(MAXN, int(opts["len"]))
    values = walk(n, 1000)
    out = text(rng.randint(20000, 60000), values)
elif mode == "max_all":  # every block is steady: the answer needs 64 bits and every start runs to the end
    values = [rng.randint(0, MAXV) for _ in range(MAXN)]
    out = text(MAXV, values)
elif mode == "max_random":
    values = [rng.randint(0, MAXV) for _ in range(MAXN)]
    out = text(rng.randint(MAXV // 2, MAXV - 1000), values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"negative": "3 5\n1 -1 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "k_too_big": text(MAXV + 1, [1, 2]), "missing": "3 4\n1 2\n", "double_space": "2 3\n1  2\n",
           "leading_zero": "2 3\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
