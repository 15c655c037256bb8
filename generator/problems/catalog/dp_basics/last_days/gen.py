"""Test generator for dp_basics.last_days: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxp. Modes: sample which=1|2, random lo= hi= tmax= pmax=, fixed name=, tail n= (a rich offer that
ends exactly on day N and one that would end a day late), gaps n= (offers that only fit with idle days between
them), max kind=random|short, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXP = int(opts["maxn"]), int(opts["maxp"])
rng = random.Random(seed)


def text(offers):
    return f"{len(offers)}\n" + "".join(f"{t} {p}\n" for t, p in offers)


def solve(offers, last=1, idle=True):
    """last = 1: an offer may end on day N; 0: only before it; 2: even a day after it. idle=False: no carry."""
    n = len(offers)
    if idle:
        best = [0] * (n + 3)
        for i in range(n, 0, -1):
            t, p = offers[i - 1]
            best[i] = best[i + 1]
            if i + t <= n + last:
                best[i] = max(best[i], p + best[i + t])
        return best[1]
    got = [0] * (n + 2)
    for d in range(1, n + 1):
        t, p = offers[d - 1]
        if d + t <= n + 1:
            got[d + t] = max(got[d + t], got[d] + p)
    return max(got)


def refutes(offers):
    good = solve(offers)
    return solve(offers, last=0) != good and solve(offers, last=2) != good and solve(offers, idle=False) != good


FIXED = {"one_fits": [(1, 5)], "two_long": [(2, 9), (1, 4)],
         "all_one_day": [(1, 3), (1, 1), (1, 4), (1, 1), (1, 5)], "all_too_long": [(3, 8), (3, 8), (2, 7)]}

if mode == "sample":
    size = (6, 8) if opts["which"] == "1" else (9, 11)
    while True:
        n = rng.randint(*size)
        offers = [(rng.randint(1, 4), rng.randint(1, 30)) for _ in range(n)]
        offers = [(min(t, n), p) for t, p in offers]
        if refutes(offers):
            break
    out = text(offers)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    tmax, pmax = int(opts["tmax"]), min(MAXP, int(opts["pmax"]))
    out = text([(rng.randint(1, min(n, tmax)), rng.randint(1, pmax)) for _ in range(n)])
elif mode == "fixed":
    out = text(FIXED[opts["name"]])
elif mode == "tail":  # small offers, then near the end a rich one ending on day N and a richer one a day late
    n = int(opts["n"])
    offers = [(rng.randint(1, 10), rng.randint(1, 1000)) for _ in range(n)]
    offers = [(min(t, n - i), p) for i, (t, p) in enumerate(offers)]
    offers[n - 6] = (6, MAXP // 2)  # days n-5..n: ends exactly on day N
    offers[n - 3] = (4, MAXP)  # days n-2..n+1: a day late
    out = text(offers)
elif mode == "gaps":  # good offers every third day, each taking 2 days; the day between offers a useless long one
    n = int(opts["n"])
    offers = []
    for i in range(1, n + 1):
        offers.append((2, rng.randint(MAXP // 2, MAXP)) if i % 3 == 1 else (n, rng.randint(1, MAXP // 4)))
    offers = [(min(t, n), p) for t, p in offers]
    out = text(offers)
elif mode == "max":
    if opts["kind"] == "random":
        offers = [(rng.randint(1, 50), rng.randint(1, MAXP)) for _ in range(MAXN)]
    else:
        offers = [(rng.randint(1, 2), rng.randint(1, MAXP)) for _ in range(MAXN)]
    out = text(offers)
elif mode == "invalid":
    out = {
        "n_zero": "0\n", "n_too_big": text([(1, 1)] * (MAXN + 1)), "t_zero": text([(1, 3), (0, 2)]),
        "t_too_big": text([(1, 3), (3, 2)]), "p_zero": text([(1, 0)]), "p_too_big": text([(1, MAXP + 1)]),
        "missing_line": "3\n1 2\n1 2\n", "one_number": "2\n1 2\n1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
