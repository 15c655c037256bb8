"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq. Modes: sample kind=hand|random; random lo= hi= qcap=; fixed name=...; chain [n= q=];
clustered groups=; repeats; invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
rng = random.Random(seed)


def text(n, ops):
    if not any(op[0] == 2 for op in ops):
        ops[-1] = (2, rng.randint(1, n))
    return f"{n} {len(ops)}\n" + "".join(" ".join(map(str, op)) + "\n" for op in ops)


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def pair(n, block):
    start = rng.randint(0, n - block)
    a = start + rng.randint(1, block)
    b = start + rng.randint(1, block - 1)
    return a, (b + 1 if b >= a else b)


def ops(n, q, groups, ask):
    block = max(2, n // max(1, groups))
    out = []
    for _ in range(q):
        if n == 1 or rng.random() < ask:
            out.append((2, rng.randint(1, n)))
        else:
            out.append((1,) + pair(n, block))
    return out


def hand_sample():
    # A question before any link, a repeated link that must not grow the group, a vertex reached via another.
    name = names(5)
    rows = [(2, 1), (1, 1, 2), (2, 2), (1, 2, 1), (2, 1), (1, 3, 4), (1, 4, 2), (2, 3), (2, 5)]
    return text(5, [(2, name[r[1]]) if r[0] == 2 else (1, name[r[1]], name[r[2]]) for r in rows])


def fixed(name):
    return {
        "single": "1 1\n2 1\n",
        "two_joined": "2 3\n2 2\n1 2 1\n2 2\n",
        "same_link_thrice": text(3, [(1, 1, 2), (1, 2, 1), (1, 1, 2), (2, 1), (2, 3)]),
        "inside_link": text(4, [(1, 1, 2), (1, 2, 3), (1, 3, 1), (2, 2), (1, 4, 3), (2, 1)]),
        "two_big_merge": text(6, [(1, 1, 2), (1, 2, 3), (1, 4, 5), (1, 5, 6), (2, 1), (2, 6), (1, 3, 4), (2, 1), (2, 5)]),
    }[name]


def chain(n, q):
    # One long chain built by links along it, questions about its far end: a search per question walks it all.
    name = names(n)
    links = min(n - 1, q // 2)
    rows = [(1, name[i], name[i + 1]) for i in range(1, links + 1)]
    rows += [(2, name[rng.choice([1, links + 1, n])]) for _ in range(q - links)]
    return text(n, rows)


def repeats(n, q):
    # Few groups, links mostly inside a group: adding sizes on a link that merges nothing grows them wrongly.
    name = names(n)
    rows = [(1, name[i], name[i + 1]) for i in range(1, n) if i % 1000]
    rows = rows[: q // 2]
    while len(rows) < q:
        a = rng.randint(1, n - 1)
        rows.append((1, name[a], name[a + 1]) if rng.random() < 0.5 else (2, name[a]))
    return text(n, rows)


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1\n2 1\n",
        "n_zero": "0 1\n2 1\n",
        "q_too_big": f"3 {MAXQ + 1}\n" + "2 1\n" * (MAXQ + 1),
        "no_question": "3 2\n1 1 2\n1 2 3\n",
        "same_pair": "3 2\n1 2 2\n2 1\n",
        "bad_op": "3 2\n3 1 2\n2 1\n",
        "vertex_out_of_range": "3 2\n1 1 4\n2 1\n",
        "ask_two_numbers": "3 2\n1 1 2\n2 1 2\n",
        "op_missing": "3 3\n1 1 2\n2 1\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        out = text(n, ops(n, rng.randint(5, 7), 2, 0.3) + [(2, rng.randint(1, n)) for _ in range(2)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(n, ops(n, rng.randint(1, int(opts["qcap"])), rng.randint(1, max(1, n // 2)),
                      rng.choice([0.2, 0.5, 0.8])))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "chain":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    out = chain(n, MAXQ if opts.get("q", "max") == "max" else int(opts["q"]))
elif mode == "clustered":
    out = text(MAXN, ops(MAXN, MAXQ, int(opts["groups"]), 0.5))
elif mode == "repeats":
    out = repeats(MAXN, MAXQ)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
