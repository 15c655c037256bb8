"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq. Modes: sample kind=hand|random; random lo= hi= qcap=; fixed name=...;
absorb_chain [n= q=] (a singleton absorbs the big group again and again); clustered groups=; invalid kind=...
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
    # A small group absorbs a bigger one and keeps its leader; an absorb inside one group changes nothing;
    # the leader is asked through a member that is neither a nor b.
    name = names(6)
    rows = [(1, 2, 3), (1, 2, 4), (2, 4), (1, 1, 3), (2, 2), (1, 4, 1), (2, 3), (1, 6, 5), (2, 5), (2, 6)]
    return text(6, [(2, name[r[1]]) if r[0] == 2 else (1, name[r[1]], name[r[2]]) for r in rows])


def fixed(name):
    return {
        "single": "1 1\n2 1\n",
        "pair_both_ways": "2 4\n1 2 1\n2 1\n1 1 2\n2 2\n",
        "inside_absorb": text(3, [(1, 1, 2), (1, 2, 1), (2, 1), (1, 3, 2), (1, 1, 3), (2, 2)]),
        "small_eats_big": text(5, [(1, 1, 2), (1, 1, 3), (1, 1, 4), (1, 5, 2), (2, 1), (2, 4), (2, 5)]),
        "leader_not_member_asked": text(6, [(1, 1, 2), (1, 3, 4), (1, 4, 2), (2, 1), (1, 6, 5), (1, 5, 1), (2, 4), (2, 3)]),
    }[name]


def absorb_chain(n, q):
    # Vertex i+1 (alone) absorbs the group of i, which holds everybody so far; questions in between.
    name = names(n)
    rows = []
    i = 1
    while len(rows) < q:
        if i < n and rng.random() < 0.7:
            rows.append((1, name[i + 1], name[rng.randint(1, i)]))
            i += 1
        else:
            rows.append((2, name[rng.randint(1, i)]))
    return text(n, rows)


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1\n2 1\n",
        "n_zero": "0 1\n2 1\n",
        "q_too_big": f"3 {MAXQ + 1}\n" + "2 1\n" * (MAXQ + 1),
        "no_question": "3 2\n1 1 2\n1 2 3\n",
        "same_pair": "3 2\n1 2 2\n2 1\n",
        "bad_op": "3 2\n0 1 2\n2 1\n",
        "vertex_out_of_range": "3 2\n1 1 4\n2 1\n",
        "ask_two_numbers": "3 2\n1 1 2\n2 1 2\n",
        "op_missing": "3 3\n1 1 2\n2 1\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        out = text(n, ops(n, rng.randint(5, 7), 2, 0.25) + [(2, rng.randint(1, n)) for _ in range(2)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(n, ops(n, rng.randint(1, int(opts["qcap"])), rng.randint(1, max(1, n // 2)),
                      rng.choice([0.2, 0.5, 0.8])))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "absorb_chain":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    out = absorb_chain(n, MAXQ if opts.get("q", "max") == "max" else int(opts["q"]))
elif mode == "clustered":
    out = text(MAXN, ops(MAXN, MAXQ, int(opts["groups"]), 0.4))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
