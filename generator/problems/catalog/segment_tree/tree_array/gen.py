"""Test generator for segment_tree.tree_array (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxk, maxq, maxv. Input: `N Q` (N = 2^K), the N values, then Q lines `i x`.
Modes: sample kind=hand|hand2; random khi= qhi= [vcap=]; shape k= q= [kind=random|same_leaf|edges]; fixed name=...;
invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXQ, MAXV = int(opts["maxk"]), int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxk": MAXK, "maxq": MAXQ, "maxv": MAXV}.get(value) or int(value)


def render(a, events):
    return f"{len(a)} {len(events)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{i} {x}\n" for i, x in events)


def shape(k, q, kind, vcap):
    n = 1 << k
    a = [rng.randint(0, vcap) for _ in range(n)]
    if kind == "same_leaf":  # one position set again and again: an add-instead-of-set grows, a set does not
        i = rng.randint(1, n)
        events = [(i, rng.randint(0, vcap)) for _ in range(q)]
    elif kind == "edges":  # the first and the last position: off-by-one leaf numbers leave the array
        events = [(rng.choice([1, n]), rng.randint(0, vcap)) for _ in range(q)]
    else:
        events = [(rng.randint(1, n), rng.randint(0, vcap)) for _ in range(q)]
    return render(a, events)


HAND = {
    # N = 8: leaves 8..15; setting a_3 to 10 changes nodes 10, 5, 2, 1; a_8 to 0 changes 15, 7, 3, 1
    "hand": ([5, 1, 4, 2, 7, 3, 0, 6], [(3, 10), (8, 0), (3, 4)]),
    "hand2": ([2, 9], [(1, 5), (2, 0)]),
}


def invalid(kind):
    a = [3, 1, 4, 1]
    ev = ["2 5", "4 0"]

    def text(n, values, rows, q=None):
        return f"{n} {len(rows) if q is None else q}\n" + " ".join(map(str, values)) + "\n" + "".join(r + "\n" for r in rows)

    if kind == "n_not_pow2":
        return text(3, [1, 2, 3], ev[:1])
    if kind == "n_too_big":
        return text(2 << MAXK, [1] * (2 << MAXK), ev)
    if kind == "q_zero":
        return text(4, a, [])
    if kind == "q_too_big":
        return text(4, a, ["1 1"] * (MAXQ + 1))
    if kind == "value_too_big":
        return text(4, [3, MAXV + 1, 4, 1], ev)
    if kind == "negative_value":
        return text(4, a, ["2 -5", "4 0"])
    if kind == "index_zero":
        return text(4, a, ["0 5", "4 0"])
    if kind == "index_out_of_range":
        return text(4, a, ["5 5", "4 0"])
    if kind == "too_few_values":
        return text(4, a[:3], ev)
    if kind == "too_few_events":
        return text(4, a, ev, q=3)
    if kind == "double_space":
        return "4 2\n3 1 4  1\n2 5\n4 0\n"
    if kind == "leading_zero":
        return "4 2\n3 1 4 1\n2 05\n4 0\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":  # values scaled and shifted per seed; the positions and what they show stay
    a, events = HAND[opts.get("kind", "hand")]
    c, d = rng.randint(1, 9), rng.randint(0, 20)
    out = render([c * v + d for v in a], [(i, c * x + d) for i, x in events])
elif mode == "random":
    k = rng.randint(0, min(MAXK, num("khi")))
    vcap = min(MAXV, num("vcap", "maxv")) if rng.random() < 0.5 else rng.randint(0, 9)
    out = shape(k, rng.randint(1, min(MAXQ, num("qhi"))), rng.choice(["random", "random", "same_leaf", "edges"]), vcap)
elif mode == "shape":
    out = shape(min(MAXK, num("k")), min(MAXQ, num("q")), opts.get("kind", "random"), min(MAXV, num("vcap", "maxv")))
elif mode == "fixed":
    name = opts["name"]
    if name == "single":
        out = render([7], [(1, 3), (1, 0), (1, MAXV)])
    elif name == "max_values":
        out = render([MAXV] * 16, [(16, MAXV), (1, 0), (9, MAXV)])
    else:
        raise SystemExit(f"unknown fixed case {name}")
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
