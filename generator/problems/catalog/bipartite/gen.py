"""Test generator for the bipartite tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (is_bipartite | many_tests | min_team | growing_teams), maxn, maxm, [maxt].
Modes: sample kind=hand|hand2|random; random lo= hi= mcap= [odd=percent]; graph n= m= comps= [odd=k] [late=1];
path n=; fixed name=...; many t= lo= hi= [m_per=]; invalid kind=...
Sizes may name a bound: n=maxn, m=maxm, t=maxt. Graphs are simple and undirected; `odd` puts same-colour edges
(odd cycles) into that many components; late=1 lists them near the end (growing_teams: the answer turns -1 late).
many_tests wraps several graphs into one input; the other modes give one graph (many_tests: T = 1).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN, MAXM, MAXT = int(opts["maxn"]), int(opts["maxm"]), int(opts.get("maxt", "1"))
rng = random.Random(seed)


def size(key, default=None):
    value = opts.get(key, default)
    bounds = {"maxn": MAXN, "maxm": MAXM, "maxt": MAXT}
    return bounds[value] if value in bounds else int(value)


def colored_graph(n, m, comps, odd=0, late=False):
    """A random simple graph on 1..n split into `comps` groups; in-group edges join different colours of a hidden
    2-colouring (a spanning tree first, while the budget lasts); then `odd` groups get one same-colour edge."""
    comps = max(1, min(comps, n))
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    cuts = sorted(rng.sample(range(1, n), comps - 1)) if comps > 1 else []
    starts, ends = [0] + cuts, cuts + [n]
    color = [0] * n
    edges, seen = [], set()
    budget = max(0, m - odd)

    def add(i, j):
        a, b = perm[i], perm[j]
        key = (a, b) if a < b else (b, a)
        if a == b or key in seen:
            return False
        seen.add(key)
        edges.append((a, b) if rng.random() < 0.5 else (b, a))
        return True

    groups = list(range(comps))
    rng.shuffle(groups)
    for g in groups:
        lo = starts[g]
        for i in range(lo + 1, ends[g]):
            if len(edges) >= budget:
                break
            j = rng.randrange(lo, i)
            color[i] = color[j] ^ 1
            add(i, j)
    tries = 0
    while len(edges) < budget and tries < 30 * m + 100:
        tries += 1
        g = rng.randrange(comps)
        i, j = rng.randrange(starts[g], ends[g]), rng.randrange(starts[g], ends[g])
        if color[i] != color[j]:
            add(i, j)
    rng.shuffle(edges)
    bad = []
    big = [g for g in range(comps) if ends[g] - starts[g] >= 3]
    rng.shuffle(big)
    for g in big[:odd]:
        for _ in range(100):
            i, j = rng.randrange(starts[g], ends[g]), rng.randrange(starts[g], ends[g])
            before = len(edges)
            if i != j and color[i] == color[j] and add(i, j):
                bad.append(edges.pop())
                break
            assert len(edges) == before
    for e in bad:  # anywhere, or in the last tenth when late
        lo = int(len(edges) * 0.9) if late else 0
        edges.insert(rng.randint(lo, len(edges)), e)
    return edges


def one(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def wrap(graphs):
    """graphs: list of (n, edges); a hand-made sample's vertices are renamed (see renamed)."""
    if mode == "sample":
        graphs = renamed(graphs)
    body = "".join(one(n, e) for n, e in graphs)
    return (f"{len(graphs)}\n" + body) if VARIANT == "many_tests" else body


def relabel(n, edges):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    out = [(name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u]) for u, v in edges]
    rng.shuffle(out)
    return out


HAND = {
    # a square and a path joined at one vertex, plus a lonely vertex: bipartite; teams 3 + ... per component
    "even": (8, [(1, 2), (2, 3), (3, 4), (4, 1), (4, 5), (5, 6)]),
    # a bipartite component with vertex 1 and a triangle elsewhere: not bipartite
    "odd_elsewhere": (7, [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4), (6, 7)]),
    # edges listed so that colouring them one by one without propagation clashes on (1, 3)
    "greedy_trap": (4, [(1, 2), (3, 4), (1, 3)]),
}


def hand_sample(kind):
    if VARIANT == "growing_teams":
        # merging two components with flipped colours, then an odd cycle at the last edge
        edges = [(1, 2), (3, 4), (2, 3), (5, 6), (4, 5), (1, 3)] if kind == "hand" else [(1, 2), (2, 3), (4, 5)]
        return wrap([(6 if kind == "hand" else 5, edges)])
    if VARIANT == "many_tests":
        graphs = [HAND["even"], HAND["odd_elsewhere"], HAND["greedy_trap"]] if kind == "hand" else \
            [(3, [(1, 2), (2, 3), (3, 1)]), (1, [])]
        return wrap(graphs)
    if kind == "hand" and VARIANT == "min_team":
        # 1's part splits {1, 5} | {2, 3, 4}, a pair 1 | 1, a lonely one 0 | 1: the first colours of the parts add
        # up to 4 against 4, the smaller side of each part to 3
        return wrap([(8, [(1, 2), (1, 3), (1, 4), (4, 5), (6, 7)])])
    if kind == "hand":
        return wrap([HAND["even"]])
    return wrap([HAND["odd_elsewhere"]])


def renamed(graphs):
    """Hand-made samples differ from problem to problem: each graph's vertices are renamed by a seeded permutation
    that keeps vertex 1 (edge order kept: the hard task adds edges in that order)."""
    out = []
    for n, edges in graphs:
        free = list(range(2, n + 1))
        moved = free[:]
        rng.shuffle(moved)
        name = [0, 1] + moved
        out.append((n, [(name[u], name[v]) for u, v in edges]))
    return out


def small_graph(lo, hi, mcap):
    n = rng.randint(lo, hi)
    m = rng.randint(0, min(mcap, n * (n - 1) // 2))
    odd = 1 if rng.randrange(100) < int(opts.get("odd", "40")) else 0
    comps = rng.randint(1, max(1, n // 2))
    return n, colored_graph(n, m, comps, odd)


def fixed(name):
    if name in HAND:
        n, e = HAND[name]
        return wrap([(n, list(e))])
    if name == "single":
        return wrap([(1, [])])
    if name == "one_edge":
        return wrap([(2, [(2, 1)])])
    if name == "triangle":
        return wrap([(3, [(1, 2), (2, 3), (3, 1)])])
    if name == "even_cycle":
        return wrap([(10, [(i, i + 1) for i in range(1, 10)] + [(10, 1)])])
    if name == "odd_cycle9":
        return wrap([(9, [(i, i + 1) for i in range(1, 9)] + [(9, 1)])])
    if name == "complete_bip":
        return wrap([(7, [(a, b) for a in (1, 2, 3) for b in (4, 5, 6, 7)])])
    if name == "no_edges":
        return wrap([(6, [])])
    raise SystemExit(f"unknown fixed case {name}")


def many(t, lo, hi):
    """many_tests: t small graphs (sizes lo..hi) inside the sum bounds."""
    graphs, total_n, total_m = [], 0, 0
    for _ in range(t):
        n = rng.randint(lo, hi)
        m = rng.randint(0, min(int(opts.get("m_per", "12")), n * (n - 1) // 2))
        if total_n + n > MAXN or total_m + m > MAXM:
            break
        odd = 1 if rng.random() < 0.5 else 0
        graphs.append((n, colored_graph(n, m + odd, rng.randint(1, max(1, n // 3)), odd)))
        total_n += n
        total_m += len(graphs[-1][1])
    return wrap(graphs)


def invalid(kind):
    head = "1\n" if VARIANT == "many_tests" else ""
    base = "4 3\n1 2\n2 3\n3 4\n"
    if kind == "n_too_big":
        return head + f"{MAXN + 1} 0\n"
    if kind == "m_too_big":
        n = MAXN
        pairs = []
        for a in range(1, n + 1):
            for b in range(a + 1, n + 1):
                if len(pairs) > MAXM:
                    break
                pairs.append((a, b))
        return head + one(n, pairs[:MAXM + 1])
    if kind == "vertex_out_of_range":
        return head + base.replace("3 4", "3 5")
    if kind == "vertex_zero":
        return head + base.replace("1 2", "0 2")
    if kind == "self_loop":
        return head + "4 4\n1 2\n2 3\n3 4\n4 4\n"
    if kind == "duplicate_edge":
        return head + "4 4\n1 2\n2 3\n3 4\n2 1\n"
    if kind == "double_space":
        return head + base.replace("2 3", "2  3")
    if kind == "leading_zero":
        return head + base.replace("2 3", "02 3")
    if kind == "extra_line":
        return head + base + "1 4\n"
    if kind == "t_too_big":
        return f"{MAXT + 1}\n" + "1 0\n" * (MAXT + 1)
    if kind == "sum_n_too_big":
        half = MAXN // 2 + 1
        return f"2\n{half} 0\n{half} 0\n"
    if kind == "t_mismatch":
        return "2\n" + base
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    kind = opts.get("kind", "hand")
    if kind == "random":
        out = wrap([small_graph(6, 9, 10)] if VARIANT != "many_tests" else [small_graph(4, 7, 8) for _ in range(3)])
    else:
        out = hand_sample(kind)
elif mode == "random":
    count = rng.randint(1, 4) if VARIANT == "many_tests" else 1
    out = wrap([small_graph(int(opts["lo"]), min(MAXN, int(opts["hi"])), int(opts["mcap"])) for _ in range(count)])
elif mode == "graph":
    n, m = size("n"), size("m")
    comps = size("comps")
    out = wrap([(n, colored_graph(n, m, comps, int(opts.get("odd", "0")), opts.get("late") == "1"))])
elif mode == "path":
    n = size("n")
    out = wrap([(n, relabel(n, [(i, i + 1) for i in range(1, n)]))])
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "many":
    out = many(size("t"), int(opts["lo"]), int(opts["hi"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
