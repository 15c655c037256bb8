"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxc, maxq, maxv. Modes: sample, random lim= q=, case name=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXC, MAXQ, MAXV = int(opts["maxc"]), int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def text(queries):
    return f"{len(queries)}\n" + "".join(" ".join(map(str, x)) + "\n" for x in queries)


def cell_query(lim):
    return (1, rng.randint(-lim, lim), rng.randint(-lim, lim))


def value_query(lim):
    return (2, rng.randint(1, (2 * lim + 1) ** 2))


def near_squares(k):
    """Numbers around the ends of rings k-1 and k, where the ring changes."""
    out = []
    for j in (k - 1, k):
        s = (2 * j + 1) ** 2
        out += [(2, v) for v in (s - 1, s, s + 1) if 1 <= v <= MAXV]
    return out


def corners(k):
    return [(1, a, b) for a in (-k, k) for b in (-k, k)] + [(1, k - 1, k), (1, -k, k - 1), (1, k, k - 1)]


if mode == "sample":  # one cell query asks for a bottom-right corner (k, k), the last number of its ring
    lim = rng.randint(2, 3)
    k = rng.randint(1, lim)
    qs = [cell_query(lim) for _ in range(2)] + [(1, k, k)] + [value_query(lim) for _ in range(2)]
    rng.shuffle(qs)
    out = text(qs)
elif mode == "random":
    lim = int(opts["lim"])
    qs = [cell_query(lim) if rng.random() < 0.5 else value_query(lim) for _ in range(rng.randint(1, int(opts["q"])))]
    out = text(qs)
elif mode == "case":
    name = opts["name"]
    if name == "origin":
        out = text([(1, 0, 0), (2, 1)])
    elif name == "first_rings":  # every cell of rings 0-2, both ways
        out = text([(1, r, c) for r in range(-2, 3) for c in range(-2, 3)] + [(2, v) for v in range(1, 26)])
    elif name == "ring_corners":
        out = text([q for k in range(1, 8) for q in corners(k)] + [q for k in range(1, 8) for q in near_squares(k)])
    elif name == "huge_corners":
        out = text(corners(MAXC) + corners(MAXC - 1) + [(2, MAXV), (2, MAXV - 1), (2, 1), (2, 2)])
    elif name == "huge_squares":  # floating-point square roots go wrong here
        ks = [MAXC, MAXC - 1, 999_999_937] + [rng.randint(MAXC // 10, MAXC) for _ in range(3)]  # seeded
        queries = [q for k in ks for q in near_squares(k)]
        rng.shuffle(queries)  # in a seeded order: each problem its own test
        out = text(queries)
    else:  # huge random queries
        out = text([cell_query(MAXC) if rng.random() < 0.5 else value_query(MAXC) for _ in range(50)])
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = text([cell_query(MAXC) if rng.random() < 0.5 else value_query(MAXC) for _ in range(MAXQ)])
    elif kind == "squares":
        qs = []
        while len(qs) < MAXQ:
            qs += near_squares(rng.randint(MAXC // 2, MAXC)) + corners(rng.randint(MAXC // 2, MAXC))
        out = text(qs[:MAXQ])
    else:  # moderate coordinates: still far too many numbers to walk past
        out = text([cell_query(3000) if rng.random() < 0.5 else value_query(3000) for _ in range(MAXQ)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "coord_big": text([(1, 0, 0), (1, MAXC + 1, 0)]),
        "value_big": text([(2, 5), (2, MAXV + 1)]),
        "value_zero": text([(2, 0)]),
        "bad_type": text([(3, 1, 1)]),
        "minus_zero": "1\n1 -0 2\n",
        "q_mismatch": "3\n1 0 0\n2 5\n",
        "too_many": text([(2, 1)] * (MAXQ + 1)),
        "missing_coord": "1\n1 5\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
