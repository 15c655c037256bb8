"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxr, maxt. Modes: sample1, sample2, random lo= hi= [span=] [tcap=], fixed case=, all_at_zero,
staggered, max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXR, MAXT = int(opts["maxn"]), int(opts["maxr"]), int(opts["maxt"])
rng = random.Random(seed)


def text(jobs):
    return f"{len(jobs)}\n" + "".join(f"{r} {t}\n" for r, t in jobs)


def jobs(n, span, tcap):
    return [(rng.randint(0, min(span, MAXR)), rng.randint(1, min(tcap, MAXT))) for _ in range(n)]


if mode == "sample1":
    # Job 1 runs alone; meanwhile a long and two short jobs arrive, the short ones go first, and a tie in length
    # is broken by arrival time. Times shifted by a random offset.
    s = rng.randint(0, 1000)
    out = text([(s, 3), (s + 1, 9), (s + 2, 2), (s + 1, 2), (s + 30, 1)])
elif mode == "sample2":
    out = text(jobs(rng.randint(4, 6), 10, 5))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(jobs(n, int(opts.get("span") or rng.choice([0, 5, 20, 100])), int(opts.get("tcap") or rng.choice([1, 3, 10]))))
elif mode == "fixed":
    out = text({"one": [(MAXR, MAXT)], "gap": [(0, 1), (MAXR, 1)], "same_time": [(4, 2), (4, 1), (4, 2), (4, 1)],
                "ties": [(0, 5), (1, 2), (2, 2), (1, 2)], "idle_then_burst": [(10, 3), (0, 1), (10, 1), (10, 2)]}[opts["case"]])
elif mode == "all_at_zero":  # everything waits at once: a linear scan per pick is quadratic
    out = text([(0, rng.randint(1, MAXT)) for _ in range(MAXN)])
elif mode == "staggered":  # one job per time unit, long first: the queue keeps growing
    out = text([(i, rng.randint(1, MAXT)) for i in range(MAXN)])
elif mode == "max_random":
    out = text(jobs(MAXN, MAXR, MAXT))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([(0, 1)] * (MAXN + 1)), "r_big": text([(MAXR + 1, 1)]), "r_negative": text([(-1, 1)]),
           "t_zero": text([(0, 0)]), "t_big": text([(0, MAXT + 1)]), "missing": "3\n0 1\n1 1\n",
           "three": "1\n0 1 2\n", "zero_n": "0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
