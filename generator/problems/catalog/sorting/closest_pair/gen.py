"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, spread, max_random,
max_last_pair, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # the closest two are not neighbours in the input order
    base = rng.randint(10, 60)
    gap = rng.randint(2, 4)
    values = [base, base + 40, base + gap + 10, base + 25, base + gap + 10 + gap - 1]
    rng.shuffle(values)
    values.insert(0, values.pop(values.index(base + gap + 10)))  # the pair sits at both ends of the line
    values.append(values.pop(values.index(base + gap + 10 + gap - 1)))
    out = text(values)
elif mode == "sample2":  # negative positions and a repeated one: the answer is 0
    values = rng.sample(range(-50, 50), rng.randint(3, 5))
    values.append(max(values))  # the largest twice: after sorting, the last gap is the one that matters
    rng.shuffle(values)
    out = text(values)
elif mode == "random":
    n = rng.randint(max(2, int(opts["lo"])), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([5, 100, MAXV]))
    out = text([rng.randint(-cap, cap) for _ in range(n)])
elif mode == "fixed":
    out = text({"two_far": [MAXV, -MAXV], "two_same": [-7, -7], "sorted": [1, 5, 12, 13],
                "last_pair": [-30, -10, 20, 50, 51], "first_pair": [7, 8, 20, 40],
                "reversed": [100, 60, 30, 10, 0], "equal": [MAXV] * 4}[opts["case"]])
elif mode == "spread":  # evenly spaced but shuffled: every neighbouring pair ties
    step = rng.randint(1000, 9000)
    values = [-MAXV + step * i for i in range(2000)]
    rng.shuffle(values)
    out = text(values)
elif mode == "max_random":
    out = text(rng.sample(range(-MAXV, MAXV + 1), MAXN))
elif mode == "max_last_pair":  # big gaps everywhere except between the two largest values
    step = (2 * MAXV) // MAXN
    values = [-MAXV + step * i for i in range(MAXN - 1)] + [-MAXV + step * (MAXN - 2) + step - 1]
    rng.shuffle(values)
    out = text(values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([0] * (MAXN + 1)), "too_few": text([5]), "too_big": text([1, MAXV + 1]),
           "too_small": text([-MAXV - 1, 0]), "missing": "3\n1 2\n", "double_space": "2\n1  2\n",
           "leading_zero": "2\n01 2\n", "minus_zero": "2\n-0 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
