"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq, maxw. Modes: sample kind=hand|random; random lo= hi= qcap=; fixed name=...;
balanced [n= q=] (pairwise merges, deep trees); chain [n= q=] (a long chain of measurements with large w, questions about its far ends); clustered groups=;
invalid kind=...  Every measurement comes from hidden values, so measurements never contradict each other.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXW = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, ops):
    if not any(op[0] == "?" for op in ops):
        ops[-1] = ("?", rng.randint(1, n), rng.randint(1, n))
    return f"{n} {len(ops)}\n" + "".join(" ".join(map(str, op)) + "\n" for op in ops)


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def measure(value, a, b):
    """`! a b w` with w = value[b] - value[a] >= 0 (the pair is ordered so)."""
    if value[a] > value[b]:
        a, b = b, a
    return ("!", a, b, value[b] - value[a])


def ops(n, q, groups, ask, wcap):
    value = [rng.randint(0, wcap) for _ in range(n + 1)]
    block = max(2, n // max(1, groups))
    out = []
    for _ in range(q):
        start = rng.randint(0, n - block) if n >= block else 0
        a = start + rng.randint(1, min(block, n))
        b = start + rng.randint(1, min(block, n))
        if rng.random() < ask or n == 1:
            out.append(("?", a, b if rng.random() < 0.9 else a))
        else:
            if a == b:
                b = a % n + 1
            out.append(measure(value, a, b))
    return out


def hand_sample():
    # A question before any measurement, a difference through a third thing, negative answers, a long chain
    # joining two groups, and a == b.
    name = names(5)
    value = [0] * 6
    for v, x in zip(range(1, 6), [10, 13, 7, 20, 15]):
        value[name[v]] = x
    rows = [("?", 1, 2), ("m", 1, 2), ("?", 1, 2), ("m", 3, 2), ("?", 1, 3), ("?", 3, 1), ("m", 4, 5),
            ("?", 4, 5), ("?", 1, 4), ("m", 5, 2), ("?", 3, 4), ("?", 4, 4)]
    return text(5, [measure(value, name[a], name[b]) if kind == "m" else ("?", name[a], name[b])
                    for kind, a, b in rows])


def fixed(name):
    return {
        "single": "1 1\n? 1 1\n",
        "unknown_pair": "2 2\n? 1 2\n? 2 1\n",
        "zero_weight": "3 4\n! 1 2 0\n? 2 1\n! 3 2 0\n? 1 3\n",
        "max_w_both_ways": f"2 3\n! 2 1 {MAXW}\n? 2 1\n? 1 2\n",
        "repeated_measure": "3 5\n! 1 2 5\n! 1 2 5\n! 2 3 4\n! 1 3 9\n? 3 1\n",
        "join_two_groups": text(6, [("!", 1, 2, 3), ("!", 3, 4, 10), ("?", 1, 4), ("!", 2, 3, 1), ("?", 1, 4),
                                    ("?", 4, 1), ("?", 2, 5), ("!", 6, 5, 2), ("!", 6, 1, 0), ("?", 5, 4)]),
    }[name]


def chain(n, q):
    # A path of measurements, each w near the maximum, in path order; questions between its far ends.
    name = names(n)
    value = [0] * (n + 1)
    for i in range(2, n + 1):
        value[i] = value[i - 1] + rng.randint(MAXW - 10, MAXW)
    links = min(n - 1, q // 2)
    rows = [("!", name[i], name[i + 1], value[i + 1] - value[i]) for i in range(1, links + 1)]
    while len(rows) < q:
        a = rng.randint(1, 5)
        b = rng.randint(max(1, links - 3), links + 1) if rng.random() < 0.95 else rng.randint(1, n)
        rows.append(("?", name[a], name[b]) if rng.random() < 0.5 else ("?", name[b], name[a]))
    return text(n, rows)


def balanced(n, q):
    # Groups merged pairwise, round after round (deep union-by-size trees), a question after each measurement.
    name = names(n)
    value = [0] + [rng.randint(0, MAXW) for _ in range(n)]
    groups = [[name[v]] for v in range(1, n + 1)]
    rows = []
    while len(groups) > 1 and len(rows) < q - 1:
        merged = []
        for i in range(0, len(groups) - 1, 2):
            rows.append(measure(value, rng.choice(groups[i]), rng.choice(groups[i + 1])))
            if rng.random() < 0.9:
                rows.append(("?", rng.choice(groups[i + 1]), rng.choice(groups[i])))
            else:
                rows.append(("?", rng.randint(1, n), rng.choice(groups[i])))
            merged.append(groups[i] + groups[i + 1])
        if len(groups) % 2:
            merged.append(groups[-1])
        groups = merged
    while len(rows) < q:
        rows.append(("?", rng.randint(1, n), rng.randint(1, n)))
    return text(n, rows[:q])


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1\n? 1 1\n",
        "n_zero": "0 1\n? 1 1\n",
        "q_too_big": f"3 {MAXQ + 1}\n" + "? 1 2\n" * (MAXQ + 1),
        "no_question": "3 1\n! 1 2 3\n",
        "w_too_big": f"3 2\n! 1 2 {MAXW + 1}\n? 1 2\n",
        "w_negative": "3 2\n! 1 2 -3\n? 1 2\n",
        "same_thing_measured": "3 2\n! 2 2 0\n? 1 2\n",
        "contradiction": "3 4\n! 1 2 3\n! 2 3 4\n! 1 3 8\n? 1 3\n",
        "bad_op": "3 2\n# 1 2\n? 1 2\n",
        "thing_out_of_range": "3 2\n! 1 4 1\n? 1 2\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        out = text(n, ops(n, rng.randint(5, 7), 1, 0.3, 30) + [("?", rng.randint(1, n), rng.randint(1, n))
                                                                 for _ in range(2)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(n, ops(n, rng.randint(1, int(opts["qcap"])), rng.choice([1, 1, 2, max(1, n // 2)]),
                      rng.choice([0.25, 0.4, 0.6]), rng.choice([0, 5, 5, 1000, MAXW, MAXW])))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "chain":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    out = chain(n, MAXQ if opts.get("q", "max") == "max" else int(opts["q"]))
elif mode == "balanced":
    n = MAXN // 2 if opts.get("n", "half") == "half" else int(opts["n"])
    out = balanced(n, MAXQ if opts.get("q", "max") == "max" else int(opts["q"]))
elif mode == "clustered":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])  # n well below Q: groups get big
    out = text(n, ops(n, MAXQ, int(opts["groups"]), 0.5, MAXW))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
