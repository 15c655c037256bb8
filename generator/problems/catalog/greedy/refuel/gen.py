"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxd. Modes: sample1, sample2, random lo= hi= [span=], fixed case=, fading, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXD = int(opts["maxn"]), int(opts["maxd"])
rng = random.Random(seed)


def text(d, f, stations):
    return f"{len(stations)} {d} {f}\n" + "".join(f"{x} {g}\n" for x, g in stations)


def random_case(n, span):
    d = rng.randint(2, min(span, MAXD))
    xs = [rng.randint(1, d - 1) for _ in range(n)]
    total = rng.randint(d // 2, 2 * d)
    fuels = [max(1, min(MAXD, int(total * rng.random() / max(1, n // 2)))) for _ in range(n)]
    return text(d, rng.randint(1, d), list(zip(xs, fuels)))


if mode == "sample1":
    # The nearest and the farthest reachable stations are both worse choices than the one with the most fuel; the
    # second stop lies exactly where that fuel runs out (16k), and it is within reach.
    k = rng.randint(1, 5)
    stations = [(4 * k, 2 * k), (5 * k, 6 * k), (9 * k, 3 * k), (11 * k, 2 * k), (16 * k, 4 * k)]
    rng.shuffle(stations)
    out = text(20 * k, 10 * k, stations)
elif mode == "sample2":  # the destination cannot be reached
    out = text(30, 5, [(3, 4), (8, 2), (20, 9)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = random_case(n, int(opts.get("span") or rng.choice([10, 100, MAXD])))
elif mode == "fixed":
    out = {"no_stop": text(10, 10, [(5, 1)]), "one_short": text(10, 9, [(9, 1)]), "gap": text(10, 5, [(6, 100)]),
           "exact": text(10, 5, [(5, 5)]), "same_place": text(10, 3, [(3, 2), (3, 5), (3, 1)]),
           "far": text(MAXD, MAXD - 1, [(MAXD - 1, 1)])}[opts["case"]]
elif mode == "fading":
    # Every station is reachable from the start and offers less fuel than the one before it: nearly all of them
    # are needed, and a sorted list kept with bisect.insort inserts every one at its front.
    n = MAXN
    fuels = list(range(n, 0, -1))
    d = n + sum(fuels) - fuels[-1]
    stations = [(i + 1, fuels[i]) for i in range(n)]
    rng.shuffle(stations)  # listed in any order (the statement allows it): each problem its own test
    out = text(min(d, MAXD), n, stations)
elif mode == "max_random":
    out = random_case(MAXN, MAXD)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(10, 1, [(5, 1)] * (MAXN + 1)), "at_start": text(10, 1, [(0, 1)]),
           "at_end": text(10, 1, [(10, 1)]), "zero_fuel": text(10, 1, [(5, 0)]), "d_big": text(MAXD + 1, 1, [(5, 1)]),
           "missing": "2 10 1\n5 1\n", "three": "1 10 1\n5 1 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
