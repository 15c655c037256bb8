"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxd. Modes: sample kind=finite|impossible|unbounded, random lo= hi= [cap=] [cycle=] [reach=],
fixed name=, max [cycle=] [order=chain] [reach=], invalid kind=.
Input: N M, then M lines `t u v d` (t = 1: x_v - x_u <= d, t = 2: x_v - x_u >= d; u != v, 0 <= d <= maxd).
Constraints are drawn as edges a -> b of weight w of the constraint graph (x_b - x_a <= w) and written as
`1 a b w` when w >= 0, else `2 b a -w`. Weights come from hidden times p (w >= p[b] - p[a]), so the system is
feasible unless a negative cycle is planted: cycle=none|reach (reachable from 1)|apart (in the part 1 cannot
reach). With reach < 1 vertex N may be cut off from 1 (the answer is then UNBOUNDED unless infeasible)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXD = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxd"])
rng = random.Random(seed)


def line(a, b, w):
    if w > 0 or (w == 0 and rng.random() < 0.5):
        return (1, a, b, w)
    return (2, b, a, -w)


def text(n, edges):
    rows = [line(a, b, w) for a, b, w in edges]
    return f"{n} {len(rows)}\n" + "".join(f"{t} {u} {v} {d}\n" for t, u, v, d in rows)


def graph(n, m, cap, cycle="none", reach_prob=1.0, chain=False):
    half = max(1, cap // 2)
    p = [0] + [rng.randint(-half, half) for _ in range(n)]

    def edge(a, b):
        low = p[b] - p[a]
        return (a, b, low + rng.randint(0, min(cap // 3 + 1, cap - low)))

    reach = [1] + [v for v in range(2, n + 1) if rng.random() < reach_prob]
    reached = set(reach)
    apart = [v for v in range(2, n + 1) if v not in reached]
    order = reach[:1] + rng.sample(reach[1:], len(reach) - 1)
    edges = []
    for i in range(1, len(order)):
        parent = order[i - 1] if chain else order[rng.randrange(i)]
        edges.append(edge(parent, order[i]))
    if chain:
        edges.reverse()
    tries = 0
    while len(edges) < m and tries < 20 * m:
        tries += 1
        a, b = rng.sample(range(1, n + 1), 2)
        if a in reached and b not in reached:
            continue
        edges.append(edge(a, b))
    pool = {"reach": order[-3:] if len(order) >= 3 else [], "apart": apart[-3:] if len(apart) >= 3 else []}
    ring = pool.get(cycle, [])
    if len(ring) >= 2:
        total = 0
        for i in range(len(ring)):
            a, b = ring[i], ring[(i + 1) % len(ring)]
            w = p[b] - p[a] if i else p[b] - p[a] - rng.randint(1, max(1, cap // 10))
            w = max(-cap, min(cap, w))
            edges.append((a, b, w))
            total += w
        if total >= 0:  # clipped at the bounds: close it with a surely negative pair
            edges.append((ring[0], ring[1], -cap))
            edges.append((ring[1], ring[0], 0))
    if not chain:
        rng.shuffle(edges)
    return edges[:MAXM]


if mode == "sample":
    kind = opts["kind"]
    n = rng.randint(4, 5)
    q = [1] + rng.sample(range(2, n), n - 2) + [n]
    a, b, c = rng.randint(3, 9), rng.randint(10, 20), rng.randint(1, 3)
    if kind == "finite":
        # N at most b after 1 directly, and at most 2a + c after 1 through q1; q2 at least c before N and 1 at
        # most b after q2 close only cycles of positive total.
        edges = [(1, n, b), (1, q[1], a), (q[1], n, a + c), (n, q[2], -c), (q[2], 1, b)]
        if n == 5:
            edges.append((q[3], q[1], 0))
    elif kind == "impossible":
        # q2 at least a after q1 but at most a - c after it: a contradiction among items that no rule links to from
        # 1 (edges only lead into 1), and N unreachable from 1 too, so IMPOSSIBLE must win over UNBOUNDED.
        edges = [(n, 1, -b), (q[2], q[1], -a), (q[1], q[2], a - c), (q[1], 1, -c), (n, q[2], b)]
        if n == 5:
            edges.append((1, q[3], b))
    else:
        # Nothing bounds how late N may come after 1 (N is only ever required to come later).
        edges = [(n, 1, -a), (q[1], 1, -c), (n, q[1], -1), (q[2], n, b)]
        if n == 5:
            edges.append((1, q[3], b))
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXD, int(opts.get("cap") or rng.choice([6, 100, MAXD])))
    m = rng.randint(0, min(MAXM, 2 * n))
    cycle = opts.get("cycle") or rng.choice(["none", "none", "reach", "apart"])
    reach = float(opts.get("reach") or rng.choice([0.5, 0.8, 1.0]))
    out = text(n, graph(n, m, cap, cycle, reach))
elif mode == "fixed":
    name = opts["name"]
    D = MAXD
    out = {"empty": text(2, []), "one_at_most": text(2, [(1, 2, D)]), "one_at_least": text(2, [(2, 1, -D)]),
           "both_ways": text(2, [(1, 2, 5), (2, 1, -5)]), "clash": text(2, [(1, 2, 3), (2, 1, -4)]),
           "negative_answer": text(2, [(1, 2, -7), (2, 1, 10)]),
           "apart_clash": text(4, [(1, 4, 6), (2, 3, 1), (3, 2, -2)]),
           "apart_clash_cut": text(4, [(4, 1, -6), (2, 3, 1), (3, 2, -2)]),
           "cut_off": text(3, [(2, 1, -1), (3, 2, -1), (1, 2, 4)]),
           "long_sum": text(4, [(1, 2, D), (2, 3, D), (3, 4, D)]),
           "parallel": text(3, [(1, 2, 9), (1, 2, 4), (2, 3, 0), (1, 3, 5)])}[name]
elif mode == "max":
    cycle = opts.get("cycle", "none")
    m = MAXM - 5
    out = text(MAXN, graph(MAXN, m, MAXD, cycle, float(opts.get("reach", "1.0")), opts.get("order") == "chain"))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": f"{MAXN + 1} 1\n1 1 2 1\n", "n_one": "1 0\n", "bad_type": "2 1\n3 1 2 1\n",
           "d_negative": "2 1\n1 1 2 -1\n", "d_too_big": f"2 1\n1 1 2 {MAXD + 1}\n", "self_loop": "2 1\n1 2 2 1\n",
           "vertex_out": "2 1\n2 1 3 1\n", "missing_line": "3 2\n1 1 2 1\n",
           "too_many": f"2 {MAXM + 1}\n" + "1 1 2 1\n" * (MAXM + 1), "double_space": "2 1\n1 1  2 1\n",
           "leading_zero": "2 1\n1 1 2 01\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
