"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...;
chain_then_far [n= m=] (a long chain of statements, then statements about its far ends); clustered groups=;
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def text(n, rows):
    return f"{n} {len(rows)}\n" + "".join(f"{t} {a} {b}\n" for t, a, b in rows)


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def statements(n, m, groups, lie):
    """Statements about a hidden split (mostly pairs from the same block of ~n/groups people); each lies with
    probability `lie`; a few are about one person."""
    side = [rng.randint(0, 1) for _ in range(n + 1)]
    block = max(1, n // max(1, groups))
    rows = []
    for _ in range(m):
        if rng.random() < 0.03:
            a = rng.randint(1, n)
            rows.append((rng.randint(0, 1), a, a))
            continue
        start = rng.randint(0, n - block)
        a, b = start + rng.randint(1, block), start + rng.randint(1, block)
        if rng.random() < 0.1:
            b = rng.randint(1, n)
        t = side[a] ^ side[b]
        rows.append((t ^ 1 if rng.random() < lie else t, a, b))
    return rows


def hand_sample():
    # 1-2 different, 2-3 different, so 1-3 same: "1 1 3" is false although 1 and 3 never met directly;
    # a statement about oneself; a repeated true statement; an unconnected pair; "1 3 1" repeats the false one
    # (false again: a program remembering only what was said about each pair would take it as true).
    # The two names of a statement are written in an order (redrawn) for which merging two groups with the new
    # root's side set to the statement's t, forgetting where a and b sit in their groups, miscounts.
    name = names(5)
    rows = [(1, 1, 2), (1, 2, 3), (1, 1, 3), (0, 4, 4), (1, 3, 2), (1, 3, 1), (1, 4, 5), (1, 5, 5), (0, 5, 2)]
    while True:
        shown = [(t, name[a], name[b]) if rng.random() < 0.5 else (t, name[b], name[a]) for t, a, b in rows]
        if false_count(5, shown, careless=True) != false_count(5, shown):
            return text(5, shown)


def false_count(n, rows, careless=False):
    """The number of false statements (weighted union-find, side relative to the root); careless: a merged root
    gets side t, as if a and b were the roots."""
    parent, side, size = list(range(n + 1)), [0] * (n + 1), [1] * (n + 1)

    def find(x):
        acc = 0
        while parent[x] != x:
            acc ^= side[x]
            x = parent[x]
        return x, acc

    false = 0
    for t, a, b in rows:
        (ra, pa), (rb, pb) = find(a), find(b)
        if ra == rb:
            false += (pa ^ pb) != t
            continue
        if size[ra] < size[rb]:
            ra, rb, pa, pb = rb, ra, pb, pa
        parent[rb], size[ra] = ra, size[ra] + size[rb]
        side[rb] = t if careless else pa ^ pb ^ t
    return false


def fixed(name):
    return {
        "one_person_true": "1 1\n0 1 1\n",
        "one_person_false": "1 2\n1 1 1\n0 1 1\n",
        "pair_conflict": "2 3\n0 1 2\n1 2 1\n0 2 1\n",
        "odd_cycle": text(3, [(1, 1, 2), (1, 2, 3), (1, 3, 1), (1, 1, 3), (0, 1, 3)]),
        "forgotten_lie": text(4, [(0, 1, 2), (1, 1, 2), (1, 2, 3), (1, 1, 3), (0, 1, 3)]),
        "all_same": text(4, [(0, 1, 2), (0, 2, 3), (0, 3, 4), (1, 4, 1), (0, 4, 1)]),
        "separate_then_join": text(6, [(1, 1, 2), (1, 3, 4), (0, 5, 6), (1, 2, 3), (0, 1, 4), (1, 1, 3), (0, 2, 6), (1, 5, 1)]),
    }[name]


def chain_then_far(n, m):
    # Consecutive statements along one long path, then statements (true or false) between far apart people.
    name = names(n)
    side = [rng.randint(0, 1) for _ in range(n + 1)]
    length = min(n - 1, m // 2)
    rows = [(side[i] ^ side[i + 1], name[i], name[i + 1]) for i in range(1, length + 1)]
    while len(rows) < m:
        a, b = rng.randint(1, 10), rng.randint(length - 8, length + 1)
        t = side[a] ^ side[b] ^ (rng.random() < 0.5)
        rows.append((t, name[a], name[b]) if rng.random() < 0.5 else (t, name[b], name[a]))
    return text(n, rows)


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1\n0 1 2\n",
        "n_zero": "0 1\n0 1 1\n",
        "m_too_big": f"3 {MAXM + 1}\n" + "0 1 2\n" * (MAXM + 1),
        "m_zero": "3 0\n",
        "bad_type": "5 2\n2 1 2\n0 2 3\n",
        "person_out_of_range": "5 2\n0 1 6\n0 2 3\n",
        "person_zero": "5 2\n1 0 2\n0 2 3\n",
        "statement_missing": "5 3\n0 1 2\n1 2 3\n",
        "missing_number": "5 2\n0 1\n1 2 3\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        out = text(n, statements(n, rng.randint(7, 9), 1, 0.3))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = text(n, statements(n, rng.randint(1, int(opts["mcap"])), rng.randint(1, max(1, n // 2)),
                             rng.choice([0.0, 0.1, 0.3, 0.5])))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "chain_then_far":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    out = chain_then_far(n, MAXM if opts.get("m", "max") == "max" else int(opts["m"]))
elif mode == "clustered":
    n = MAXN
    out = text(n, statements(n, MAXM, int(opts["groups"]), float(opts.get("lie", "0.2"))))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
