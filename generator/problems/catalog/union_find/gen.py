"""Test generator for the union-find tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: variant (static_groups | online_queries | group_stats | kruskal), maxn, maxm, maxq, maxw.
Modes: sample kind=hand|random; random lo= hi= mcap= [qcap=] [wcap=]; fixed name=...; chain; clustered groups=
(static, stats); ask_before_link; long_tree n= m=; mst_big wcap=; path_max; invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN, MAXM = int(opts["maxn"]), int(opts.get("maxm", "0"))
MAXQ, MAXW = int(opts.get("maxq", "0")), int(opts.get("maxw", "0"))
rng = random.Random(seed)


def pair(n, groups=0):
    """Two different vertices; with `groups` > 0, mostly from the same block of about n/groups vertices."""
    rnd = rng.random
    if groups > 0 and rnd() < 0.9:
        block = max(2, n // groups)
        start = int(rnd() * (n - block + 1))
        a = start + 1 + int(rnd() * block)
        b = start + 1 + int(rnd() * (block - 1))
        if b >= a:
            b += 1
        return a, b
    a = 1 + int(rnd() * n)
    b = 1 + int(rnd() * (n - 1))
    if b >= a:
        b += 1
    return a, b


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def flip(name, a, b):
    return (name[a], name[b]) if rng.random() < 0.5 else (name[b], name[a])


def lines(rows):
    return "".join(" ".join(map(str, row)) + "\n" for row in rows)


def static(n, links, questions):
    return f"{n} {len(links)} {len(questions)}\n" + lines(links) + lines(questions)


def online(n, ops):
    return f"{n} {len(ops)}\n" + lines(ops)


def edges_text(n, rows):
    return f"{n} {len(rows)}\n" + lines(rows)


def random_ops(n, q, groups, ask):
    return [(1 if rng.random() < ask else 0,) + pair(n, groups) for _ in range(q)]


def mst_graph(n, m, w_cap, connected):
    rnd = rng.random
    name = names(n)
    edges = []
    tree = n - 1 if connected else int(rnd() * n)
    for i in range(2, min(n, tree + 1, m + 1) + 1):
        edges.append((name[i], name[1 + int(rnd() * (i - 1))], 1 + int(rnd() * w_cap)))
    while len(edges) < m and n >= 2:
        a, b = pair(n)
        edges.append((a, b, 1 + int(rnd() * w_cap)))
    rng.shuffle(edges)
    return edges


def renamed(n, rows):
    name = names(n)
    out = [flip(name, u, v) + (w,) for u, v, w in rows]
    rng.shuffle(out)
    return out


def random_case(n, m_cap, q_cap, w_cap):
    groups = rng.randint(1, max(1, n // 2))
    if VARIANT == "static_groups":
        return static(n, [pair(n, groups) for _ in range(rng.randint(0, m_cap))],
                      [pair(n, groups) for _ in range(rng.randint(1, q_cap))])
    if VARIANT == "online_queries":
        return online(n, random_ops(n, rng.randint(1, m_cap), groups, rng.choice([0.3, 0.5, 0.7])))
    if VARIANT == "group_stats":
        return edges_text(n, [pair(n, groups) for _ in range(rng.randint(1, m_cap))])
    m = rng.randint(0, m_cap) if n > 1 else 0
    return edges_text(n, mst_graph(n, m, w_cap, rng.random() < 0.8))


def hand_sample():
    if VARIANT == "static_groups":
        # 1 and 3 meet through 2 without a link of their own, 6 stays alone. Both links name 2 second, so a
        # program that links the two numbers themselves (2's parent set to 1, then to 3) loses the first link.
        name = names(6)
        links = [(name[1], name[2]), (name[3], name[2]), flip(name, 4, 5)]
        rng.shuffle(links)
        return static(6, links, [(name[a], name[b]) for a, b in [(1, 3), (3, 4), (5, 4), (6, 1)]])
    if VARIANT == "online_queries":
        # The same question before and after its link, a question answered by two links, a vertex never linked.
        # The links 1 2 and 3 2 name 2 second both times (kept as written): linking the numbers themselves
        # instead of their groups' roots would set 2's parent twice and cut 1 off.
        name = names(5)
        ops = [(1, 1, 2), (0, 1, 2), (1, 1, 2), (0, 3, 4), (1, 2, 4), (0, 3, 2), (1, 1, 4), (1, 5, 1)]
        return online(5, [(op, name[a], name[b]) if (a, b) in ((1, 2), (3, 2)) and op == 0 else (op,) + flip(name, a, b)
                          for op, a, b in ops])
    if VARIANT == "group_stats":
        # A repeated link and a link inside one group change nothing.
        name = names(6)
        return edges_text(6, [flip(name, a, b) for a, b in [(1, 2), (3, 4), (2, 1), (2, 3), (5, 6), (4, 1)]])
    # Two cycles whose heaviest edge is left out (cost 1 + 2 + 4 + 2 = 9).
    return edges_text(5, renamed(5, [(1, 2, 3), (2, 3, 1), (1, 3, 2), (3, 4, 7), (4, 5, 2), (3, 5, 4)]))


def random_sample():
    n = rng.randint(4, 7)
    if VARIANT == "static_groups":
        return random_case(n, 5, 4, 0)
    if VARIANT == "online_queries":
        return online(n, random_ops(n, 7, 2, 0.5) + [(1,) + pair(n, 2)])  # ends with a question
    if VARIANT == "group_stats":
        return random_case(n, 6, 0, 0)
    return random_case(rng.randint(4, 6), 8, 0, 20)


def fixed(name):
    if VARIANT == "static_groups":
        return {
            "no_links": "2 0 1\n1 2\n",
            "one_link": "2 1 1\n2 1\n1 2\n",
            "repeated": static(5, [(1, 2), (1, 2), (2, 1)], [(2, 1), (1, 3)]),
            "small_chain": static(8, [(2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], [(1, 7), (7, 1), (8, 1)]),
        }[name]
    if VARIANT == "online_queries":
        return {
            "ask_only": "2 1\n1 1 2\n",
            "link_only": "2 1\n0 2 1\n",
            "repeated": online(3, [(0, 1, 2), (0, 2, 1), (0, 1, 2), (1, 2, 1), (1, 3, 2)]),
            "far_ends": online(MAXN, [(1, 1, MAXN), (0, 1, MAXN), (1, MAXN, 1)]),
        }[name]
    if VARIANT == "group_stats":
        return {
            "one_link": "2 1\n1 2\n",
            "repeated": edges_text(3, [(1, 2), (2, 1), (1, 2)]),
            "chain": edges_text(9, [(i, i + 1) for i in range(1, 9)]),
            "big_few": edges_text(MAXN, [(1, 2)] * 5),
        }[name]
    return {
        "single": "1 0\n",
        "two_apart": "2 0\n",
        "parallel_max": f"2 2\n1 2 {MAXW}\n2 1 {MAXW}\n",
        "equal_weights": edges_text(4, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (3, 4, 1)]),
        "bridge": edges_text(7, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (4, 5, 9), (5, 6, 9), (6, 7, 9), (1, 4, 100)]),
        "disconnected": edges_text(4, renamed(4, [(1, 2, 5), (3, 4, 1)])),
    }[name]


def chain(n, q):
    name = names(n)
    if VARIANT == "static_groups":
        # One long chain and questions between its far ends or against an isolated vertex.
        links = [(name[i], name[i + 1]) for i in range(1, n - 1)]
        rng.shuffle(links)
        return static(n, links, [(name[1], name[n]) if rng.random() < 0.5 else (name[1], name[n - 1])
                                 for _ in range(q)])
    # Links i -> i+1 build a chain of roots; then questions about its deepest end.
    links = q // 2
    ops = [(0, name[i], name[i + 1]) for i in range(1, links + 1)]
    ops += [(1, name[1], name[links + 1] if rng.random() < 0.5 else name[n]) for _ in range(q - links)]
    return online(n, ops)


def long_tree(n, m):
    # A light path through all vertices plus heavy chords: a search-based cycle check walks the whole path.
    name = names(n)
    edges = [(name[i], name[i + 1], rng.randint(1, MAXW // 2)) for i in range(1, n)]
    while len(edges) < m:
        a, b = pair(n)
        edges.append((a, b, rng.randint(MAXW // 2 + 1, MAXW)))
    rng.shuffle(edges)
    return edges_text(n, edges)


def invalid(kind):
    if VARIANT == "static_groups":
        return {
            "n_too_big": f"{MAXN + 1} 0 1\n1 2\n",
            "n_one": "1 0 1\n1 1\n",
            "m_too_big": f"5 {MAXM + 1} 1\n" + "1 2\n" * (MAXM + 1) + "1 2\n",
            "q_too_big": f"5 0 {MAXQ + 1}\n" + "1 2\n" * (MAXQ + 1),
            "vertex_out_of_range": "6 2 1\n1 7\n2 3\n1 3\n",
            "same_pair": "6 2 1\n1 1\n2 3\n1 3\n",
            "question_zero": "6 2 1\n1 2\n2 3\n0 3\n",
            "extra_number": "6 2 1\n1 2 1\n2 3\n1 3\n",
            "question_missing": "6 2 2\n1 2\n2 3\n1 3\n",
        }[kind]
    if VARIANT == "online_queries":
        return {
            "n_too_big": f"{MAXN + 1} 1\n1 1 2\n",
            "n_one": "1 1\n1 1 1\n",
            "q_too_big": f"3 {MAXQ + 1}\n" + "0 1 2\n" * (MAXQ + 1),
            "bad_op": "5 2\n2 1 2\n1 1 2\n",
            "vertex_out_of_range": "5 2\n0 1 6\n1 1 2\n",
            "same_pair": "5 2\n0 3 3\n1 1 2\n",
            "missing_number": "5 2\n0 1\n1 1 2\n",
            "op_missing": "5 3\n0 1 2\n1 1 2\n",
            "leading_zero": "5 2\n0 1 02\n1 1 2\n",
        }[kind]
    if VARIANT == "group_stats":
        return {
            "n_too_big": f"{MAXN + 1} 1\n1 2\n",
            "n_one": "1 1\n1 1\n",
            "m_too_big": f"3 {MAXM + 1}\n" + "1 2\n" * (MAXM + 1),
            "m_zero": "3 0\n",
            "vertex_out_of_range": "6 2\n1 7\n2 3\n",
            "same_pair": "6 2\n4 4\n2 3\n",
            "negative": "6 2\n1 -2\n2 3\n",
            "link_missing": "6 3\n1 2\n2 3\n",
            "trailing_space": "6 2\n1 2 \n2 3\n",
        }[kind]
    return {
        "n_too_big": f"{MAXN + 1} 0\n",
        "m_too_big": f"3 {MAXM + 1}\n" + "1 2 1\n" * (MAXM + 1),
        "n_zero": "0 0\n",
        "vertex_out_of_range": "5 2\n1 6 3\n2 3 1\n",
        "self_loop": "5 2\n2 2 3\n2 3 1\n",
        "weight_too_big": f"5 2\n1 2 {MAXW + 1}\n2 3 1\n",
        "weight_zero": "5 2\n1 2 0\n2 3 1\n",
        "missing_weight": "5 2\n1 2\n2 3 1\n",
        "edge_missing": "5 3\n1 2 3\n2 3 1\n",
    }[kind]


if mode == "sample":
    out = hand_sample() if opts.get("kind") == "hand" else random_sample()
elif mode == "random":
    wcap = opts.get("wcap", "maxw")
    wcap = MAXW if wcap == "maxw" else rng.choice([5, 100, MAXW]) if wcap == "mixed" else int(wcap)
    out = random_case(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))), int(opts["mcap"]),
                      int(opts.get("qcap", "0")), wcap)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "chain":
    n = MAXN if opts.get("n", "maxn") == "maxn" else int(opts["n"])
    out = chain(n, MAXQ if opts.get("q", "maxq") == "maxq" else int(opts["q"]))
elif mode == "clustered":
    groups = int(opts["groups"]) if opts["groups"] != "any" else 0
    n = MAXN if opts.get("n", "maxn") == "maxn" else int(opts["n"])
    m = MAXM if opts.get("m", "maxm") == "maxm" else int(opts["m"])
    if VARIANT == "static_groups":
        out = static(n, [pair(n, groups) for _ in range(m)], [pair(n, groups) for _ in range(MAXQ)])
    elif VARIANT == "online_queries":
        out = online(n, random_ops(n, MAXQ, groups or rng.randint(10, 1000), 0.5))
    else:
        out = edges_text(n, [pair(n, groups) for _ in range(m)])
elif mode == "ask_before_link":
    # Questions asked before the link that connects them: answering after all links is wrong.
    out = online(2000, [(1,) + pair(2000, 4) for _ in range(300)] + random_ops(2000, 3000, 4, 0.0)
                 + random_ops(2000, 300, 4, 1.0))
elif mode == "long_tree":
    out = long_tree(MAXN if opts["n"] == "maxn" else int(opts["n"]), MAXM if opts["m"] == "maxm" else int(opts["m"]))
elif mode == "mst_big":
    out = edges_text(MAXN, mst_graph(MAXN, MAXM, MAXW if opts["wcap"] == "maxw" else int(opts["wcap"]), True))
elif mode == "path_max":
    # a path at (nearly) the top weight, under seeded names and order (each problem its own test)
    name = [0] + rng.sample(range(1, MAXN + 1), MAXN)
    rows = [(name[i], name[i + 1], MAXW - rng.randint(0, 9)) for i in range(1, MAXN)]
    rng.shuffle(rows)
    out = edges_text(MAXN, rows)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
