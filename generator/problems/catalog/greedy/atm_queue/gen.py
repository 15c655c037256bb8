"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxp. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, decreasing, max_random, equal,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXP = int(opts["maxn"]), int(opts["maxp"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # the input order is not the best one; a long task first delays everybody
    values = [rng.randint(3, 5), 1, rng.randint(3, 5), 3, 2]
    values[0] += 6
    rng.shuffle(values)
    out = text(values)
elif mode == "sample2":
    out = text([rng.randint(1, 9) for _ in range(rng.randint(3, 6))])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([1, 5, 100, MAXP]))
    out = text([rng.randint(1, min(cap, MAXP)) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [MAXP], "two": [MAXP, 1], "equal": [7] * 5, "sorted": [1, 2, 3, 4, 5],
                "reversed": [5, 4, 3, 2, 1]}[opts["case"]])
elif mode == "decreasing":
    out = text(sorted((rng.randint(1, MAXP) for _ in range(MAXN)), reverse=True))
elif mode == "equal":  # the total needs 64 bits; the common value is seeded (each problem its own test)
    out = text([rng.randint(MAXP - MAXP // 100, MAXP)] * MAXN)
elif mode == "max_random":
    out = text([rng.randint(1, MAXP) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXN + 1)), "zero": text([1, 0]), "too_big": text([MAXP + 1]),
           "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n", "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
