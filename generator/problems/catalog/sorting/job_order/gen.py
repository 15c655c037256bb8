"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxt, maxw. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, same_ratio, trap,
max_random, max_extreme, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXT, MAXW = int(opts["maxn"]), int(opts["maxt"]), int(opts["maxw"])
rng = random.Random(seed)


def text(jobs):
    return f"{len(jobs)}\n" + "".join(f"{t} {w}\n" for t, w in jobs)


def shuffled(jobs):
    rng.shuffle(jobs)
    return jobs


def cost(jobs):
    clock = total = 0
    for t, w in jobs:
        clock += t
        total += w * clock
    return total


if mode == "sample1":  # shortest-first, heaviest-first and by t - w all lose here: the ratio t/w decides
    while True:
        jobs = [(rng.randint(1, 9), rng.randint(1, 9)) for _ in range(rng.randint(4, 5))]
        best = cost(sorted(jobs, key=lambda j: j[0] / j[1]))
        if (cost(sorted(jobs, key=lambda j: (j[0], -j[1]))) > best
                and cost(sorted(jobs, key=lambda j: (-j[1], j[0]))) > best
                and cost(sorted(jobs, key=lambda j: j[0] - j[1])) > best):  # and so does the difference t - w
            break
    out = text(jobs)
elif mode == "sample2":
    out = text([(rng.randint(1, 9), rng.randint(1, 9)) for _ in range(rng.randint(3, 5))])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 10, 1000]))
    out = text([(rng.randint(1, min(cap, MAXT)), rng.randint(1, min(cap, MAXW))) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [(MAXT, MAXW)], "one_small": [(1, 1)], "equal": [(4, 2)] * 5,
                "tie_ratio": [(2, 1), (4, 2), (6, 3), (1, 5)],
                "long_light": [(MAXT, 1), (1, MAXW)], "spt_wrong": [(2, 1), (3, 10)],
                "heavy_wrong": [(10, 5), (1, 4)]}[opts["case"]])
elif mode == "same_ratio":  # every job has t/w = 3/2 (and scaled copies): any order is optimal
    out = text([(3 * k, 2 * k) for k in (rng.randint(1, 9) for _ in range(rng.randint(4, 8)))])
elif mode == "trap":  # many nearly equal ratios with large numbers: only the exact ratio order is optimal
    n = int(opts.get("n", 2000))
    out = text([(rng.randint(MAXT - 50, MAXT), rng.randint(MAXW - 50, MAXW)) for _ in range(n)])
elif mode == "max_random":
    out = text([(rng.randint(1, MAXT), rng.randint(1, MAXW)) for _ in range(MAXN)])
elif mode == "max_extreme":  # long jobs with the largest weights: the total is near its upper bound
    out = text([(MAXT, MAXW)] * (MAXN // 2) + [(rng.randint(1, MAXT), rng.randint(1, MAXW)) for _ in range(MAXN - MAXN // 2)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([(1, 1)] * (MAXN + 1)), "t_too_big": text([(MAXT + 1, 1)]),
           "w_too_big": text([(1, MAXW + 1)]), "zero_t": text([(0, 1)]), "zero_w": text([(1, 0)]),
           "missing": "2\n1 1\n", "three_numbers": "1\n1 2 3\n", "double_space": "1\n1  2\n",
           "leading_zero": "1\n01 2\n", "zero_n": "0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
