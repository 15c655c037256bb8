"""Test generator for game_theory.dag_game: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample which=1|2, random n= m= (a random DAG under shuffled numbers), list n= edges=u-v,...,
chain n= (one long path, shuffled numbers, and a few shortcuts), layered n= width= (levels joined to the next),
max kind=chain|random, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabel(n, edges):
    """Edges between positions 0..n-1 of a topological order (from earlier to later), under shuffled numbers."""
    names = list(range(1, n + 1))
    rng.shuffle(names)
    out = [(names[a], names[b]) for a, b in edges]
    rng.shuffle(out)
    return out


def random_dag(n, m):
    m = min(m, n * (n - 1) // 2)
    edges = set()
    while len(edges) < m:
        if n > 50 and rng.random() < 0.7:  # mostly short edges (at most 20 places apart): long chains of decisions
            a = rng.randrange(n - 1)
            b = rng.randint(a + 1, min(n - 1, a + 20))
        else:
            a, b = sorted(rng.sample(range(n), 2))
        edges.add((a, b))
    return relabel(n, sorted(edges))


def solve(n, edges, rule="right"):
    moves = [[] for _ in range(n + 1)]
    for u, v in edges:
        moves[u].append(v)
    memo = {}

    def win(u):
        if u not in memo:
            values = [win(v) for v in moves[u]]
            if rule == "all":
                memo[u] = bool(values) and not any(values)
            elif rule == "stuck":
                memo[u] = not values or any(not x for x in values)
            else:
                memo[u] = any(not x for x in values)
        return memo[u]

    if rule == "order":
        w = [False] * (n + 1)
        for u in range(n, 0, -1):
            w[u] = any(not w[v] for v in moves[u])
        return w[1:]
    return [win(u) for u in range(1, n + 1)]


def refutes_all(n, edges):
    right = solve(n, edges)
    return all(solve(n, edges, rule) != right for rule in ("all", "stuck", "order")) and len(set(right)) == 2


def chain(n, shortcuts):
    edges = {(i, i + 1) for i in range(n - 1)}
    for _ in range(shortcuts):
        a = rng.randrange(n - 2)
        edges.add((a, min(n - 1, a + rng.choice((2, 3)))))
    return relabel(n, sorted(edges))


if mode == "sample":
    lo, hi = (5, 7) if opts["which"] == "1" else (8, 10)
    while True:  # redrawn until every tempting mistake answers some start wrongly
        n = rng.randint(lo, hi)
        edges = random_dag(n, rng.randint(n, 2 * n - 2))
        if refutes_all(n, edges):
            break
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(max(1, int(opts["n"]) // 2), int(opts["n"]))
    out = text(n, random_dag(n, rng.randint(0, int(opts["m"]))))
elif mode == "list":
    edges = [tuple(map(int, e.split("-"))) for e in opts["edges"].split(",") if e]
    out = text(int(opts["n"]), edges)
elif mode == "chain":
    n = int(opts["n"])
    out = text(n, chain(n, n // 10))
elif mode == "layered":
    n, width = int(opts["n"]), int(opts["width"])
    edges = set()
    for a in range(n - width):
        level = a // width
        for b in range((level + 1) * width, min(n, (level + 2) * width)):
            if rng.random() < 0.6:
                edges.add((a, b))
    out = text(n, relabel(n, sorted(edges)))
elif mode == "max":
    if opts["kind"] == "chain":  # one long path in increasing numbers: a sweep in number order settles one a pass
        n = MAXN
        edges = [(i, i + 1) for i in range(1, n)]
        rng.shuffle(edges)
        out = text(n, edges)
    else:
        out = text(MAXN, random_dag(MAXN, MAXM))
elif mode == "invalid":
    out = {
        "cycle": text(4, [(1, 2), (2, 3), (3, 1), (3, 4)]), "self_loop": text(3, [(1, 2), (2, 2)]),
        "duplicate_edge": text(3, [(1, 2), (2, 3), (1, 2)]), "vertex_out_of_range": text(3, [(1, 2), (2, 4)]),
        "m_mismatch": "3 3\n1 2\n2 3\n", "n_too_big": text(MAXN + 1, [(1, 2)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
