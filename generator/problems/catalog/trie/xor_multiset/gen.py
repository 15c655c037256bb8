"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxq, maxv. Modes: sample kind=remove|plain, random lo= hi= cap=, fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def text(ops):
    return f"{len(ops)}\n" + "".join(f"{op} {x}\n" for op, x in ops)


def random_ops(q, cap, weights=(4, 2, 4)):
    """q operations; a removal takes a value added earlier and still present, so the initial 0 stays."""
    ops, present = [], []
    for _ in range(q):
        op = rng.choices("+-?", weights=weights)[0]
        if op == "-" and not present:
            op = "+"
        if op == "+":
            x = rng.randint(0, cap)
            present.append(x)
        elif op == "-":
            x = present.pop(rng.randrange(len(present)))
        else:
            x = rng.randint(0, cap)
        ops.append((op, x))
    if all(op != "?" for op, _ in ops):
        ops[-1] = ("?", rng.randint(0, cap))
    return ops


if mode == "sample":
    a, b, c = rng.sample(range(1, 16), 3)
    # remove: the best partner is removed, the answer falls back to another value. Drawn until each removal lowers
    # the answer (c^a > c^b > c): with 3, 8 and 14 the initial 0 was the best partner all along (14, 14, 14).
    while opts["kind"] == "remove" and not c ^ a > c ^ b > c:
        a, b, c = rng.sample(range(1, 16), 3)
    if opts["kind"] == "remove":
        ops = [("+", a), ("+", b), ("?", c), ("-", a), ("?", c), ("-", b), ("?", c)]
    else:  # only the initial 0, then values added one by one
        ops = [("?", c), ("+", a), ("?", c), ("+", b), ("+", b), ("?", a), ("?", 0)]
    out = text(ops)
elif mode == "random":
    q = rng.randint(int(opts["lo"]), int(opts["hi"]))
    cap = min(MAXV, int(opts["cap"]))
    out = text(random_ops(q, cap))
elif mode == "fixed":
    out = {"zero_only": text([("?", 0)]), "max_query": text([("?", MAXV)]),
           "all_removed": text([("+", MAXV), ("+", 5), ("-", MAXV), ("-", 5), ("?", MAXV)]),
           "duplicate": text([("+", 7), ("+", 7), ("-", 7), ("?", 0), ("-", 7), ("?", 0)]),
           "dead_branch": text([("+", 1 << 19), ("-", 1 << 19), ("+", 1), ("?", 0), ("?", (1 << 19) - 1)])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "adds_then_queries":  # a large multiset and many queries: the scan is quadratic
        ops = [("+", rng.randint(0, MAXV)) for _ in range(MAXQ // 2)]
        ops += [("?", rng.randint(0, MAXV)) for _ in range(MAXQ - len(ops))]
    elif kind == "churn":  # removals empty whole branches; queries must not follow them
        ops = random_ops(MAXQ, MAXV, weights=(4, 3, 3))
    else:  # values near the top bit, queries against them
        ops = [("+", MAXV - rng.randint(0, 1000)) for _ in range(MAXQ // 2)]
        ops += [("?", rng.randint(0, 1000)) for _ in range(MAXQ - len(ops))]
    out = text(ops)
elif mode == "invalid":
    out = {"too_many": text([("?", 0)] * (MAXQ + 1)), "too_big": text([("+", MAXV + 1), ("?", 0)]),
           "remove_missing": text([("+", 3), ("-", 4), ("?", 0)]), "remove_zero": text([("-", 0), ("?", 0)]),
           "bad_op": text([("*", 3), ("?", 0)]), "no_query": text([("+", 3)]),
           "leading_zero": "2\n+ 03\n? 0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
