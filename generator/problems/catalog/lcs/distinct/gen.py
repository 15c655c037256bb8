"""Test generator for lcs.distinct (testlib style): python gen.py SEED MODE [key=value ...] prints one input:
"N M", then N pairwise distinct values, then M pairwise distinct values.

Params: maxn, maxv. Modes: sample kind=hand|hand2; random lo= hi= [overlap=]; fixed name=...;
max kind=random|identical|reversed|shifted|sparse|missing_front; invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(a, b):
    return f"{len(a)} {len(b)}\n" + " ".join(map(str, a)) + "\n" + " ".join(map(str, b)) + "\n"


def labels(count, cap):
    return rng.sample(range(1, cap + 1), count)


def relabel(a, b, cap):
    """The same structure under other values (samples differ from problem to problem)."""
    used = sorted(set(a) | set(b))
    new = dict(zip(used, labels(len(used), cap)))
    return [new[x] for x in a], [new[x] for x in b]


def two_lists(n, m, overlap, cap):
    """A of n and B of m distinct values; about `overlap` of B's values also occur in A."""
    cap = max(cap, n + m)
    pool = labels(n + m, cap)
    a = pool[:n]
    shared = min(m, n, round(m * overlap))
    b = rng.sample(a, shared) + pool[n:n + m - shared]
    rng.shuffle(b)
    return a, b


def near_sorted(values, swaps):
    values = values[:]
    for _ in range(swaps):
        i = rng.randrange(len(values))
        j = min(len(values) - 1, i + rng.randint(1, 5))
        values[i], values[j] = values[j], values[i]
    return values


HAND = {
    # the value first in A is missing from B; the common values appear in two orders
    "hand": ([7, 3, 9, 1, 5, 8], [3, 1, 2, 9, 8, 5]),
    "hand2": ([4, 2, 6, 1], [6, 4, 1, 2, 9]),
}


def fixed(name):
    cases = {
        "one_same": ([5], [5]),
        "one_diff": ([5], [6]),
        "none_common": ([1, 2, 3], [4, 5, 6, 7]),
        "identical": ([4, 1, 3, 2, 5], [4, 1, 3, 2, 5]),
        "reversed": ([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]),
        "first_missing": ([9, 1, 2, 3], [1, 2, 3]),
        "missing_between": ([1, 8, 2, 9, 3], [3, 1, 2]),
        "extreme_values": ([MAXV, 1], [1, MAXV]),
        "long_vs_one": (list(range(1, 9)), [8]),
    }
    return text(*cases[name])


def invalid(kind):
    cases = {
        "n_too_big": text(list(range(1, MAXN + 2)), [1]),
        "m_zero": "1 0\n1\n\n",
        "duplicate_in_a": text([1, 2, 1], [1, 2]),
        "duplicate_in_b": text([1, 2, 3], [3, 3]),
        "value_zero": text([1, 0], [1]),
        "value_too_big": text([1, MAXV + 1], [1]),
        "count_mismatch": "3 2\n1 2\n1 2\n",
        "double_space": "2 2\n1  2\n1 2\n",
        "leading_zero": "2 2\n1 02\n1 2\n",
        "negative": "2 2\n1 -2\n1 2\n",
    }
    return cases[kind]


if mode == "sample":
    a, b = HAND[opts.get("kind", "hand")]
    out = text(*relabel(a, b, 60))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    overlap = float(opts.get("overlap") or rng.choice([0.3, 0.7, 1.0]))
    cap = int(opts.get("cap") or rng.choice([2 * hi, MAXV]))
    out = text(*two_lists(n, m, overlap, min(cap, MAXV)))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "max":
    kind, n = opts["kind"], MAXN
    if kind == "random":
        a, b = two_lists(n, n, 0.8, MAXV)
    elif kind == "identical":
        a = labels(n, MAXV)
        b = a[:]
    elif kind == "reversed":
        a = labels(n, MAXV)
        b = a[::-1]
    elif kind == "shifted":  # B is A nearly in order: the answer is long
        a = labels(n, MAXV)
        b = near_sorted(a, n // 20)
    elif kind == "sparse":  # few common values
        a, b = two_lists(n, n, 0.01, MAXV)
    elif kind == "missing_front":  # every other value of A is missing from B
        a = labels(n, MAXV)
        b = near_sorted(a[1::2], n // 50)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(a, b)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
