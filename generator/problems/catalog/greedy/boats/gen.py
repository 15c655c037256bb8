"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxl. Modes: sample1, sample2, random lo= hi= [limit=], fixed case=, half_limit, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXL = int(opts["maxn"]), int(opts["maxl"])
rng = random.Random(seed)


def text(limit, values):
    return f"{len(values)} {limit}\n" + " ".join(map(str, values)) + "\n"


def people(n, limit):
    return [rng.randint(1, limit) for _ in range(n)]


def boats(limit, values, exact):
    """Boats the two-pointer greedy uses; exact=False lets two people share only below the limit."""
    w, i, j, count = sorted(values), 0, len(values) - 1, 0
    while i <= j:
        if i < j and (w[i] + w[j] <= limit if exact else w[i] + w[j] < limit):
            i += 1
        j -= 1
        count += 1
    return count


if mode == "sample1":  # pairing neighbours in sorted order wastes boats; the heaviest goes with the lightest
    k = rng.randint(1, 9)
    values = [5 * k, 6 * k, 4 * k, 5 * k, 2 * k, 3 * k]
    rng.shuffle(values)
    out = text(8 * k, values)
elif mode == "sample2":  # somebody at the limit rides alone; two people weighing exactly the limit share a boat
    # Redrawn until reading "at most the limit" as "below the limit" needs more boats.
    while True:
        limit = rng.randint(5, 20)
        values = [limit] + people(rng.randint(3, 5), limit - 1)
        if boats(limit, values, exact=True) < boats(limit, values, exact=False):
            break
    out = text(limit, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    limit = int(opts.get("limit") or rng.choice([2, 10, 100, MAXL]))
    out = text(limit, people(n, limit))
elif mode == "fixed":
    limit, values = {"one": (MAXL, [MAXL]), "exact_pair": (10, [4, 6]), "just_over": (10, [5, 6]),
                     "all_at_limit": (7, [7, 7, 7]), "three_small": (9, [3, 3, 3]), "ones": (2, [1] * 5)}[opts["case"]]
    out = text(limit, values)
elif mode == "half_limit":  # everybody can pair with everybody: the answer is ceil(N / 2)
    out = text(MAXL, [rng.randint(1, MAXL // 2) for _ in range(MAXN)])
elif mode == "max_random":
    out = text(MAXL, people(MAXN, MAXL))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_heavy": text(5, [1, 6]), "zero": text(5, [0, 1]),
           "limit_big": text(MAXL + 1, [1]), "missing": "3 5\n1 2\n", "double_space": "2 5\n1  2\n",
           "leading_zero": "2 5\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
