"""Test generator for dijkstra.checkpoints (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw, maxc.

Modes: sample kind=hand|random; random lo= hi= mcap= [wcap=] [ccap=]; fixed name=...; trap count= (fast roads
through slow checkpoints against slow roads through quick ones, chained); big [wcap=] [ccap=]; invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW, MAXC = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"]), int(opts["maxc"])
rng = random.Random(seed)


def cap(key, default):
    return int(opts.get(key, default))


def render(n, fees, edges):
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return (f"{n} {len(edges)}\n" + " ".join(map(str, fees[1:])) + "\n"
            + "".join(f"{u} {v} {w}\n" for u, v, w in edges))


def relabel(n, fees, edges):
    """Random names for the inner vertices; 1 and n keep theirs."""
    inner = list(range(2, n))
    shuffled = inner[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for a, b in zip(inner, shuffled):
        name[a] = b
    new_fees = [0] * (n + 1)
    for v in range(1, n + 1):
        new_fees[name[v]] = fees[v]
    return new_fees, [(name[u], name[v], w) for u, v, w in edges]


def random_case(n, m, maxw, maxc, connected):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    tree = n - 1 if connected else rng.randrange(n)
    edges = []
    for i in range(1, min(n, tree + 1, m + 1)):
        edges.append((perm[rng.randrange(i)], perm[i], rng.randint(1, maxw)))
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, rng.randint(1, maxw)))
    fees = [0] + [rng.randint(0, maxc) for _ in range(n)]
    return render(n, fees, edges)


def trap(count):
    # Between hubs a and b: a fast road through a vertex with a slow check, or a slow road through a quick one.
    n = 3 * count + 1
    fees = [0] * (n + 1)
    edges = []
    for g in range(count):
        a, fast, slow, b = 3 * g + 1, 3 * g + 2, 3 * g + 3, 3 * g + 4
        fees[fast] = rng.randint(MAXC // 2, MAXC)
        fees[slow] = rng.randint(0, 3)
        fees[b] = rng.randint(0, 5)
        edges += [(a, fast, rng.randint(1, 5)), (fast, b, rng.randint(1, 5)),
                  (a, slow, rng.randint(20, 40)), (slow, b, rng.randint(20, 40))]
    fees, edges = relabel(n, fees, edges)
    return render(n, fees, edges)


def fixed(name):
    cases = {
        "no_edges": ([4, 9], []),
        "one_edge": ([5, 7], [(1, 2, 3)]),
        "zero_checks": ([0, 0, 0], [(1, 2, 4), (2, 3, 4), (1, 3, 9)]),
        "start_check_not_paid": ([1000, 0, 1], [(1, 2, 1), (2, 3, 1)]),
        "end_check_paid": ([0, 0, 0, 1000], [(1, 4, 1), (1, 2, 1), (2, 3, 1)]),
        "cheap_road_slow_check": ([0, 100, 0, 0], [(1, 2, 1), (2, 4, 1), (1, 3, 10), (3, 4, 10)]),
        "unreachable": ([1, 1, 1, 1, 1], [(1, 2, 1), (3, 4, 1), (4, 5, 1)]),
        "parallel": ([3, 2, 6], [(1, 2, 5), (2, 1, 1), (2, 3, 4), (3, 2, 2)]),
        "max_values": ([MAXC] * 3, [(1, 2, MAXW), (2, 3, MAXW)]),
    }
    fees, edges = cases[name]
    return f"{len(fees)} {len(edges)}\n" + " ".join(map(str, fees)) + "\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def hand():
    # 1-2-5 has the fastest roads (4) but a slow check at 2; 1-3-4-5 is faster in total.
    fees = [0, rng.randint(1, 9), rng.randint(8, 12), rng.randint(0, 2), rng.randint(0, 2), rng.randint(1, 3)]
    edges = [(1, 2, 2), (2, 5, 2), (1, 3, 2), (3, 4, 1), (4, 5, 3), (2, 4, 5)]
    fees, edges = relabel(5, fees, edges)
    return render(5, fees, edges)


def invalid(kind):
    base = ["4 4", "1 2 3 4", "1 2 3", "2 3 4", "3 4 1", "1 3 2"]
    if kind == "n_too_big":
        base[0] = f"{MAXN + 1} 4"
    elif kind == "n_one":
        return "1 0\n5\n"
    elif kind == "m_too_big":
        m = MAXM + 1
        return f"3 {m}\n1 1 1\n" + "".join(f"{1 + i % 2} {2 + i % 2} 1\n" for i in range(m))
    elif kind == "check_too_big":
        base[1] = f"1 2 {MAXC + 1} 4"
    elif kind == "too_few_checks":
        base[1] = "1 2 3"
    elif kind == "vertex_out_of_range":
        base[2] = "1 5 3"
    elif kind == "weight_too_big":
        base[3] = f"2 3 {MAXW + 1}"
    elif kind == "weight_zero":
        base[3] = "2 3 0"
    elif kind == "self_loop":
        base[3] = "3 3 4"
    elif kind == "double_space":
        base[2] = "1  2 3"
    elif kind == "missing_edge":
        base.pop()
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand()
    else:
        n = rng.randint(4, 6)
        out = random_case(n, rng.randint(n - 1, n + 3), 9, 9, True)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = min(MAXM, rng.randint(max(0, n - 2), max(n - 1, int(opts["mcap"]))))
    out = random_case(n, m, cap("wcap", MAXW), cap("ccap", MAXC), rng.random() < 0.85)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "trap":
    out = trap(min((MAXN - 1) // 3, MAXM // 4, int(opts["count"])))
elif mode == "big":
    out = random_case(MAXN, MAXM, cap("wcap", MAXW), cap("ccap", MAXC), True)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
