"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=both_ways|all, random lo= hi=, fixed case=,
max kind=all_random|descending|middle|few, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(n, wanted):
    return f"{n} {len(wanted)}\n" + " ".join(map(str, wanted)) + "\n"


def middle_out(n, first=0):
    """After the item at position `first`, always the item farthest from the front both ways: every choice is a
    near tie."""
    line = list(range(1, n + 1))
    wanted = []
    pos = first
    while line:
        wanted.append(line[pos])
        line = line[pos + 1:] + line[:pos]
        pos = len(line) // 2
    return wanted


if mode == "sample":
    if opts["kind"] == "both_ways":  # one item just behind the front (turn right), then two more
        n = rng.randint(8, 10)
        out = text(n, [n - 1, rng.randint(2, 4), n - 3])
    else:  # every item, in a shuffled order
        n = rng.randint(5, 6)
        wanted = list(range(1, n + 1))
        rng.shuffle(wanted)
        out = text(n, wanted)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(1, n)
    out = text(n, rng.sample(range(1, n + 1), m))
elif mode == "fixed":
    out = {"one": text(1, [1]),
           "front_only": text(6, [1, 2, 3, 4, 5, 6]),
           "back_each_time": text(6, [6, 5, 4, 3, 2, 1]),
           "middle_tie": text(8, middle_out(8, 4)),
           "after_removals": text(10, [2, 3, 4, 5, 6, 10, 1]),
           "descending": text(9, [9, 7, 5, 3, 1])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "all_random":
        wanted = list(range(1, MAXN + 1))
        rng.shuffle(wanted)
    elif kind == "descending":  # from a seeded start, each wanted item is at the back: one right turn each
        r = rng.randint(1, MAXN)
        wanted = list(range(r, 0, -1)) + list(range(MAXN, r, -1))
    elif kind == "middle":
        wanted = middle_out(MAXN, rng.randrange(MAXN))
    else:
        wanted = rng.sample(range(1, MAXN + 1), rng.randint(5, 20))
    out = text(MAXN, wanted)
elif mode == "invalid":
    out = {"too_many": text(MAXN + 1, [1]), "m_big": "2 3\n1 2 1\n", "out_of_range": text(5, [1, 6]),
           "repeated": text(5, [2, 2]), "count": "5 3\n1 2\n", "double_space": "5 2\n1  2\n",
           "zero": text(5, [0])}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
