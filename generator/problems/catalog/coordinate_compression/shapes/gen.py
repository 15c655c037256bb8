"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxm, maxn, maxv. Modes: sample kind=ties|updown, random m= n=, fixed rows=a.b.c/d.e.f/...,
max kind=groups|same|near, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXM, MAXN, MAXV = int(opts["maxm"]), int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "".join(" ".join(map(str, r)) + "\n" for r in rows)


def pattern(n, distinct):
    """A random shape: ranks 0..distinct-1, each used at least once."""
    ranks = list(range(distinct)) + [rng.randrange(distinct) for _ in range(n - distinct)]
    rng.shuffle(ranks)
    return ranks


def realise(ranks, top=MAXV):
    """Values with exactly this shape: a random increasing map from ranks to values."""
    k = max(ranks) + 1
    values = sorted(rng.sample(range(1, max(top, k) + 1), k))
    return [values[r] for r in ranks]


def near_miss(ranks):
    """A shape that differs a little: two neighbours of different rank swapped or a tie broken or made."""
    r = ranks[:]
    i = rng.randrange(len(r))
    j = (i + 1) % len(r)
    if r[i] != r[j] and rng.random() < 0.5:
        r[i], r[j] = r[j], r[i]
    else:
        r[i] = r[j] if r[i] != r[j] else r[i] + 1
        values = sorted(set(r))
        r = [values.index(v) for v in r]
    return r


def family(m, n, shapes):
    bases = [pattern(n, rng.randint(1, n)) for _ in range(shapes)]
    rows = []
    for _ in range(m):
        base = rng.choice(bases)
        rows.append(realise(near_miss(base) if n > 1 and rng.random() < 0.3 else base, rng.choice([10, 100, MAXV])))
    return rows


if mode == "sample":
    if opts["kind"] == "ties":  # equal values must stay equal
        # The near miss breaks the one tie in position order, as ranking by place in the sorted order
        # (argsort, wa_ties_broken) does: only keeping equal values equal tells it from the others.
        shape = pattern(4, 3)
        order = sorted(range(4), key=lambda j: shape[j])
        broken = [order.index(j) for j in range(4)]
        rows = [realise(shape, 50), realise(shape, 50), realise(broken, 50), realise(shape, 50)]
    else:  # the same ups and downs, but not the same shape
        a = rng.randint(10, 40)
        rows = [[a, a + 20, a + 10], [a + 1, a + 9, a + 5], [a + 5, a + 9, a + 1], [a + 2, a + 6, a + 4]]
        rng.shuffle(rows)
    out = text(rows)
elif mode == "random":
    m, n = int(opts["m"]), rng.randint(1, int(opts["n"]))
    out = text(family(rng.randint(2, m), n, rng.randint(1, 3)))
elif mode == "fixed":
    out = text([list(map(int, r.split("."))) for r in opts["rows"].split("/")])
elif mode == "max":
    kind = opts["kind"]
    if kind == "groups":
        out = text(family(MAXM, MAXN, 5))
    elif kind == "same":  # one shape only: every pair counts
        shape = pattern(MAXN, rng.randint(MAXN // 2, MAXN))
        out = text([realise(shape) for _ in range(MAXM)])
    else:  # one shape and many near misses of it
        shape = pattern(MAXN, rng.randint(MAXN // 2, MAXN))
        out = text([realise(shape if rng.random() < 0.5 else near_miss(shape)) for _ in range(MAXM)])
elif mode == "invalid":
    out = {"too_many": text([[1]] * (MAXM + 1)), "one_row": "1 2\n1 2\n", "zero": "2 2\n0 1\n1 2\n",
           "short_row": "2 3\n1 2 3\n1 2\n", "too_big": text([[1, MAXV + 1], [1, 2]]),
           "rows": "3 2\n1 2\n2 1\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
