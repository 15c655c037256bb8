"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm, maxq, maxw. Modes: sample kind=hand|random; random lo= hi= mcap= qcap= [wcap=];
fixed name=...; big wcap= order=random|down; ladder (a path whose levels rise, questions from high k down);
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXQ, MAXW = (int(opts[k]) for k in ("maxn", "maxm", "maxq", "maxw"))
rng = random.Random(seed)


def text(n, edges, questions):
    return (f"{n} {len(edges)} {len(questions)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
            + "".join(f"{s} {k}\n" for s, k in questions))


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def other(n, a):
    b = rng.randint(1, n - 1)
    return b + 1 if b >= a else b


def graph(n, m, wcap):
    """A random spanning tree (when m allows) plus random extra edges, levels in 1..wcap."""
    name = names(n)
    edges = [(name[i], name[rng.randint(max(1, i - 5), i - 1)], rng.randint(1, wcap)) for i in range(2, min(n, m + 1) + 1)]
    while len(edges) < m:
        a = rng.randint(1, n)
        edges.append((a, other(n, a), rng.randint(1, wcap)))
    rng.shuffle(edges)
    return edges


def questions(n, edges, q, wcap):
    """Thresholds at, just below and just above edge levels, plus extremes."""
    out = []
    for _ in range(q):
        roll = rng.random()
        if edges and roll < 0.7:
            k = rng.choice(edges)[2] + rng.choice([-1, 0, 0, 1])
        elif roll < 0.85:
            k = rng.randint(1, wcap)
        else:
            k = rng.choice([1, MAXW])
        out.append((rng.randint(1, n), min(MAXW, max(1, k))))
    return out


def case(n, m, q, wcap):
    edges = graph(n, m, wcap) if n > 1 else []
    return text(n, edges, questions(n, edges, q, wcap))


def hand_sample():
    # Levels 2, 3, 5, 5 and 7: questions exactly at a level, just below it, and one that reaches everything.
    name = names(6)
    edges = [(1, 2, 3), (2, 3, 5), (3, 4, 2), (1, 4, 7), (5, 6, 5), (4, 5, 5)]
    qs = [(1, 2), (1, 3), (4, 2), (2, 4), (2, 5), (6, 4), (6, 100)]
    return text(6, [(name[u], name[v], w) for u, v, w in edges], [(name[s], k) for s, k in qs])


def fixed(name):
    return {
        "single": "1 0 1\n1 1\n",
        "no_edges": "3 0 2\n2 5\n3 1\n",
        "one_edge_at": "2 1 3\n1 2 4\n1 3\n2 4\n1 5\n",
        "parallel": text(3, [(1, 2, 9), (2, 1, 4), (2, 3, 6)], [(1, 4), (1, 5), (3, 6), (3, 8), (1, 9)]),
        "max_levels": text(3, [(1, 2, MAXW), (2, 3, 1)], [(1, MAXW), (1, MAXW - 1), (3, 1), (2, 1)]),
        "star": text(5, [(1, 2, 1), (1, 3, 2), (1, 4, 3), (1, 5, 4)], [(2, k) for k in range(1, 6)] + [(5, 3)]),
    }[name]


def big(wcap, order):
    n, m, q = MAXN, MAXM, MAXQ
    edges = graph(n, m, wcap)
    qs = questions(n, edges, q, wcap)
    if order == "down":  # thresholds falling: answering in input order while only adding edges goes wrong
        qs.sort(key=lambda sk: -sk[1])
    elif order == "high":  # almost everything reachable: a search per question walks the whole graph
        qs = [(s, max(1, wcap - rng.randint(0, 2))) for s, _ in qs]
    return text(n, edges, qs)


def ladder(n, q):
    # A path 1-2-...-n whose levels rise along it; questions from the low end, thresholds high first.
    name = names(n)
    edges = [(name[i], name[i + 1], min(MAXW, i)) for i in range(1, n)]
    rng.shuffle(edges)
    ks = sorted((rng.randint(n // 2, n) for _ in range(q)), reverse=True)
    return text(n, edges, [(name[rng.randint(1, 3)], k) for k in ks])


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 0 1\n1 1\n",
        "n_zero": "0 0 1\n1 1\n",
        "m_too_big": f"3 {MAXM + 1} 1\n" + "1 2 1\n" * (MAXM + 1) + "1 1\n",
        "q_zero": "3 1 0\n1 2 1\n",
        "self_loop": "3 1 1\n2 2 1\n1 1\n",
        "level_zero": "3 1 1\n1 2 0\n1 1\n",
        "level_too_big": f"3 1 1\n1 2 {MAXW + 1}\n1 1\n",
        "k_zero": "3 1 1\n1 2 1\n1 0\n",
        "start_out_of_range": "3 1 1\n1 2 1\n4 1\n",
        "question_missing": "3 1 2\n1 2 1\n1 1\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 6)
        out = case(n, rng.randint(3, 6), rng.randint(4, 6), 9)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    wcap = int(opts.get("wcap", "0")) or rng.choice([3, 10, 1000, MAXW])
    out = case(n, rng.randint(0, int(opts["mcap"])), rng.randint(1, int(opts["qcap"])), wcap)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "big":
    out = big(MAXW if opts["wcap"] == "max" else int(opts["wcap"]), opts["order"])
elif mode == "ladder":
    n = MAXN if opts.get("n", "max") == "max" else int(opts["n"])
    out = ladder(n, MAXQ if opts.get("q", "max") == "max" else int(opts["q"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
