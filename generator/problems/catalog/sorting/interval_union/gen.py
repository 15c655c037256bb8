"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, nested, chain, disjoint,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(segs):
    return f"{len(segs)}\n" + "".join(f"{l} {r}\n" for l, r in segs)


def segment(cap, longest):
    l = rng.randint(0, cap - 1)
    return l, rng.randint(l + 1, min(cap, l + longest))


def shuffled(segs):
    rng.shuffle(segs)
    return segs


if mode == "sample1":  # a long segment swallowing a shorter one, a touching pair, and a separate piece
    a = rng.randint(1, 5)
    b = a + rng.randint(8, 12)
    c = b + rng.randint(2, 4)
    out = text(shuffled([(a, b), (a + 2, a + 4), (b, b + 1), (c, c + rng.randint(1, 3))]))
elif mode == "sample2":
    out = text([segment(20, 6) for _ in range(rng.randint(3, 5))])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([10, 4 * n, MAXV]))
    cap = min(max(cap, 2), MAXV)
    out = text([segment(cap, rng.choice([2, cap // 4 + 1, cap])) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [(0, MAXV)], "one_short": [(7, 8)], "touch": [(1, 3), (3, 5)], "gap": [(1, 3), (4, 5)],
                "same": [(2, 6)] * 4, "inside": [(0, 10), (2, 3), (4, 5), (9, 12)],
                "last_short": [(0, 10), (1, 2), (11, 12)], "unsorted": [(20, 30), (0, 5), (5, 10), (12, 19)],
                # separate pieces, the one at 0 listed last: its right end (2) is below N, so a reader that takes
                # the last number for N drops the other pieces
                "small_last": [(20, 30), (12, 15), (5, 9), (0, 2)]}[opts["case"]])
elif mode == "nested":  # a huge segment then many short ones inside it: keeping the last right end fails
    out = text([(0, MAXV)] + [segment(MAXV, 1000) for _ in range(MAXN - 1)])
elif mode == "chain":  # consecutive segments touching end to start: one piece, ties on the boundary everywhere
    step = MAXV // MAXN
    out = text(shuffled([(i * step, (i + 1) * step) for i in range(MAXN)]))
elif mode == "disjoint":  # every segment its own piece: merging into an unsorted list of pieces is quadratic
    step = MAXV // MAXN
    out = text(shuffled([(i * step, i * step + rng.randint(1, step - 1)) for i in range(MAXN)]))
elif mode == "max_random":
    out = text([segment(MAXV, rng.choice([100, 5000, 100000])) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([(0, 1)] * (MAXN + 1)), "too_big": text([(0, MAXV + 1)]), "negative": text([(-1, 2)]),
           "empty_segment": text([(3, 3)]), "reversed": text([(5, 2)]), "missing": "2\n1 2\n",
           "three_numbers": "1\n1 2 3\n", "double_space": "1\n1  2\n", "leading_zero": "1\n01 2\n",
           "zero_n": "0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
