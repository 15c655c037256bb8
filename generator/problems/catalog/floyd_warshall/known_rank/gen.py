"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm. Modes: sample, random lo= hi= [p=], fixed name=, chain n= [drop=], full, dense m=,
invalid kind=. Input: N M, then M lines `a b` (a ranks above b); the results come from one hidden order, so they
never contradict each other, and no pair appears twice."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def text(n, pairs):
    return f"{n} {len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def from_order(order, chosen):
    """Pairs (positions i < j in the hidden order) as `better worse`, in a shuffled order of lines."""
    pairs = [(order[i], order[j]) for i, j in chosen]
    rng.shuffle(pairs)
    return pairs


def random_pairs(n, m):
    order = rng.sample(range(1, n + 1), n)
    every = [(i, j) for i in range(n) for j in range(i + 1, n)]
    return from_order(order, rng.sample(every, min(m, len(every))))


def chain(n, drop):
    """The hidden order as consecutive comparisons (only the closure reveals the far pairs), minus `drop` links."""
    order = rng.sample(range(1, n + 1), n)
    links = [(i, i + 1) for i in range(n - 1)]
    for i in sorted(rng.sample(range(len(links)), min(drop, len(links))), reverse=True):
        links.pop(i)
    return from_order(order, links)


def known(n, pairs, k_inside=False):
    """The items whose positions are known; k_inside=True closes the results with the loops in the order i, k
    (wa_k_innermost: a row takes only what the other rows knew at that moment)."""
    beats = [set() for _ in range(n + 1)]
    for a, b in pairs:
        beats[a].add(b)
    if k_inside:
        for i in range(1, n + 1):
            for k in range(1, n + 1):
                if k in beats[i]:
                    beats[i] |= beats[k]
    else:
        for k in range(1, n + 1):
            for i in range(1, n + 1):
                if k in beats[i]:
                    beats[i] |= beats[k]
    return [x for x in range(1, n + 1) if len(beats[x]) + sum(x in beats[y] for y in range(1, n + 1)) == n - 1]


if mode == "sample":
    # A chain with one gap plus a shortcut: some positions follow only through a chain of results. Redrawn until
    # closing the results with the loops in the wrong order misses one of them.
    while True:
        n = rng.randint(5, 6)
        order = rng.sample(range(1, n + 1), n)
        gap = rng.randint(1, n - 3)
        chosen = [(i, i + 1) for i in range(n - 1) if i != gap] + [(gap - 1, gap + 1)]
        pairs = from_order(order, chosen)
        if known(n, pairs) != known(n, pairs, k_inside=True):
            break
    out = text(n, pairs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    p = float(opts.get("p") or rng.choice([0.2, 0.5, 0.8]))
    out = text(n, random_pairs(n, int(p * n * (n - 1) / 2)))
elif mode == "fixed":
    name = opts["name"]
    out = {"single": text(1, []), "two_none": text(2, []), "two_one": text(2, [(2, 1)]),
           "star_top": text(4, [(3, 1), (3, 2), (3, 4)]), "three_line": text(3, [(3, 2), (2, 1)]),
           "diamond": text(4, [(1, 2), (1, 3), (2, 4), (3, 4)])}[name]
elif mode == "chain":
    n = MAXN if opts["n"] == "maxn" else min(MAXN, int(opts["n"]))
    out = text(n, chain(n, int(opts.get("drop", "0"))))
elif mode == "full":
    out = text(MAXN, random_pairs(MAXN, MAXM))
elif mode == "dense":
    out = text(MAXN, random_pairs(MAXN, min(MAXM, int(opts["m"]))))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2)]), "n_zero": "0 0\n", "cycle": text(3, [(1, 2), (2, 3), (3, 1)]),
           "repeated": text(3, [(1, 2), (1, 2)]), "reversed": text(3, [(1, 2), (2, 1)]),
           "self": text(3, [(2, 2)]), "vertex_out": text(3, [(1, 4)]), "missing_line": "3 2\n1 2\n",
           "double_space": "3 1\n1  2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
