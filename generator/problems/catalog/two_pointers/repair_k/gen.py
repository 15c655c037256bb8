"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample1, sample2, random lo= hi= [p=], fixed case=, max_all_flip, max_random, max_sparse,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(k, s):
    return f"{len(s)} {k}\n{s}\n"


def bits(n, p_zero):
    return "".join("0" if rng.random() < p_zero else "1" for _ in range(n))


if mode == "sample1":  # the longest run of ones is not where the best block is: short runs joined by single zeros
    long_run = "1" * rng.randint(4, 5)
    joined = "0".join("1" * rng.randint(2, 3) for _ in range(3))
    parts = [long_run, "00", joined]
    if rng.random() < 0.5:
        parts.reverse()
    out = text(2, "0" + "".join(parts) + "0" * rng.randint(0, 1))
elif mode == "sample2":  # K = 0: the longest run of ones as it is
    s = "0".join("1" * rng.randint(1, 4) for _ in range(rng.randint(3, 4)))
    out = text(0, s)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    p = float(opts.get("p") or rng.choice([0.1, 0.3, 0.5, 0.8]))
    s = bits(n, p)
    k = rng.choice([0, 1, 2, rng.randint(0, n), rng.randint(0, max(0, s.count("0")))])
    out = text(min(k, n), s)
elif mode == "fixed":
    case = opts["case"]
    out = {"one_zero_k0": text(0, "0"), "one_zero_k1": text(1, "0"), "all_zero_k0": text(0, "0000"),
           "k_covers_all": text(5, "0101001"), "k0_runs": text(0, "1101110111"),
           "join_small_runs": text(2, "11110011010110"), "zeros_at_ends": text(1, "0111011100")}[case]
elif mode == "max_all_flip":  # K = N: every block is valid, so a scan from every start runs to the end
    out = text(MAXN, bits(MAXN, 0.5))
elif mode == "max_random":
    s = bits(MAXN, 0.5)
    out = text(rng.randint(MAXN // 20, MAXN // 4), s)
elif mode == "max_sparse":  # few zeros and K just below their number: the answer is long
    s = bits(MAXN, 0.001)
    out = text(max(0, s.count("0") - 3), s)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"k_too_big": "3 4\n010\n", "bad_char": "3 1\n012\n", "wrong_length": "4 1\n010\n",
           "zero_n": "0 0\n\n", "space_inside": "3 1\n0 1\n", "leading_zero": "3 01\n010\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
