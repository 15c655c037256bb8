"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq, maxa, maxv. Modes: sample kind=overlap|plain, random lo= hi= ops=,
fixed a=v,v,... ops=op;op;..., max kind=random|wide|points|big, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXA, MAXV = (int(opts[k]) for k in ("maxn", "maxq", "maxa", "maxv"))
rng = random.Random(seed)


def text(a, ops):
    return f"{len(a)} {len(ops)}\n{' '.join(map(str, a))}\n" + "".join(op + "\n" for op in ops)


def some_range(n, wide=False):
    if wide:
        return rng.randint(1, max(1, n // 10)), rng.randint(n - n // 10, n)
    l, r = rng.randint(1, n), rng.randint(1, n)
    return min(l, r), max(l, r)


def operations(n, q, top_v, wide=False, point_share=0.0):
    ops = []
    for _ in range(q):
        if rng.random() < point_share:
            l = rng.randint(1, n)
            r = l
        else:
            l, r = some_range(n, wide)
        if rng.random() < 0.5:
            ops.append(f"1 {l} {r} {rng.randint(1, top_v)}")
        else:
            ops.append(f"2 {l} {r}")
    if not any(op.startswith("2") for op in ops):
        ops[-1] = f"2 {' '.join(ops[-1].split()[1:3])}"
    return ops


if mode == "sample":
    n = rng.randint(5, 7)
    a = [rng.randint(0, 9) for _ in range(n)]
    if opts["kind"] == "overlap":  # a query that partly overlaps an earlier addition
        l = rng.randint(2, 3)
        r = rng.randint(l + 1, n - 1)
        ops = [f"2 1 {n}", f"1 {l} {r} {rng.randint(2, 9)}", f"2 1 {l}", f"2 {r} {n}", f"2 {l} {r}"]
    else:
        ops = operations(n, rng.randint(5, 6), 9)
    out = text(a, ops)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    a = [rng.randint(0, 20) for _ in range(n)]
    out = text(a, operations(n, rng.randint(1, int(opts["ops"])), rng.choice((5, MAXV))))
elif mode == "fixed":
    out = text(list(map(int, opts["a"].split(","))), opts["ops"].split(";"))
elif mode == "max":
    kind = opts["kind"]
    a = [rng.randint(0, MAXA) for _ in range(MAXN)]
    if kind == "random":
        ops = operations(MAXN, MAXQ, MAXV)
    elif kind == "wide":  # every range covers most of the line
        ops = operations(MAXN, MAXQ, MAXV, wide=True)
    elif kind == "points":  # many one-element ranges mixed with long ones
        ops = operations(MAXN, MAXQ, MAXV, point_share=0.5)
    else:  # the largest totals: maximal values, whole-line additions of the maximal amount
        a = [MAXA - rng.randint(0, 10) for _ in range(MAXN)]
        ops = [f"1 1 {MAXN} {MAXV}" if rng.random() < 0.5 else f"2 {rng.randint(1, 10)} {MAXN - rng.randint(0, 10)}"
               for _ in range(MAXQ)]
        ops[-1] = f"2 1 {MAXN}"
    out = text(a, ops)
elif mode == "invalid":
    out = {"too_many": text([0] * (MAXN + 1), ["2 1 1"]), "l_after_r": "3 1\n1 2 3\n2 3 2\n",
           "v_too_big": text([1, 2, 3], [f"1 1 2 {MAXV + 1}", "2 1 3"]), "no_query": "3 1\n1 2 3\n1 1 3 5\n",
           "bad_type": "3 2\n1 2 3\n3 1 2\n2 1 3\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
