"""Test generator for bellman_ford.no_cycle (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm, maxw. No cycle has a negative total: every edge u -> v weighs p(v) - p(u) + c with a hidden
potential p and c >= 0, so a cycle sums to its c's. Modes: sample kind=hand|hand2|hand3; random lo= hi= [dens=];
shape kind=random|reverse_path|dag|ghost|zero_cycles n= m=; fixed name=...; invalid kind=...
(n=maxn / m=maxm name the bounds)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxw": MAXW}.get(value) or int(value)


def weigh(pairs, n, spread=None):
    """Weights from a hidden potential: w = p(v) - p(u) + c, |w| <= MAXW; negative edges are common."""
    half = MAXW // 2 if spread is None else spread
    p = [0] + [rng.randint(0, half) for _ in range(n)]
    out = []
    for u, v in pairs:
        c = rng.choice([0, 0, rng.randint(0, 3), rng.randint(0, half)])
        out.append((u, v, p[v] - p[u] + c))
    return out


def render(n, edges, keep_one=True, keep_n=False):
    """Relabels 2..n-1 at random (1 and n keep their roles), shuffles the lines unless asked not to."""
    inner = list(range(2, n))
    rng.shuffle(inner)
    name = [0, 1] + inner + ([n] if n > 1 else [])
    rows = [f"{name[u]} {name[v]} {w}" for u, v, w in edges]
    if keep_one:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


def shape(kind, n, m):
    if kind == "random":
        pairs = []
        while len(pairs) < m and n > 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u != v:
                pairs.append((u, v))
        return render(n, weigh(pairs, n))
    if kind == "dag":  # forward edges only, strongly negative ones allowed (no cycle at all)
        pairs = []
        while len(pairs) < m and n > 1:
            u, v = sorted(rng.sample(range(1, n + 1), 2))
            pairs.append((u, v))
        return render(n, [(u, v, rng.randint(-MAXW, MAXW)) for u, v in pairs])
    if kind == "reverse_path":  # the best trip is 1 -> 2 -> ... -> n, its edges listed last first: n - 1 rounds
        # (m <= n - 1: the bare path, M = N - 1)
        edges = [(i, i + 1, -rng.randint(MAXW // 2, MAXW)) for i in range(1, n)]
        extra = []
        while len(extra) < m - (n - 1) and n > 2:
            u, v = sorted(rng.sample(range(1, n + 1), 2))
            extra.append((u, v, rng.randint(0, MAXW)))  # forward shortcuts that are never better
        rows = [f"{u} {v} {w}" for u, v, w in extra] + [f"{u} {v} {w}" for u, v, w in reversed(edges)]
        return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)
    if kind == "ghost":  # n unreachable from 1; unreachable vertices with negative edges lead to n
        if n < 4:
            return shape("random", n, m)
        half = n // 2
        pairs = [(rng.randint(1, half), rng.randint(1, half)) for _ in range(m // 2)]
        pairs += [(rng.randint(half + 1, n), rng.randint(half + 1, n)) for _ in range(m - m // 2 - 1)]
        pairs.append((half + 1, n))
        return render(n, weigh([(u, v) for u, v in pairs if u != v], n))
    if kind == "zero_cycles":  # many cycles of total exactly 0 (c = 0 everywhere): allowed, not negative
        pairs = []
        while len(pairs) < m and n > 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u != v:
                pairs.append((u, v))
        p = [0] + [rng.randint(0, MAXW // 2) for _ in range(n)]
        return render(n, [(u, v, p[v] - p[u]) for u, v in pairs])
    raise SystemExit(f"unknown shape {kind}")


HAND = {
    # Dijkstra settles 4 at 5 through 1 -> 4, but 1 -> 2 -> 3 -> 4 costs 6 - 4 - 3 = -1; then 4 -> 5 (+2): 1
    "hand": (5, [(1, 2, 6), (1, 4, 5), (2, 3, -4), (3, 4, -3), (4, 5, 2), (1, 3, 4), (5, 2, 7)]),
    # the best trip to 4 uses the negative edge 2 -> 3 (3 - 5 + 1 = -1); 1 -> 2 -> 3 -> 1 totals 0 (allowed)
    "hand2": (4, [(1, 2, 3), (2, 3, -5), (3, 1, 2), (3, 4, 1), (2, 4, 0)]),
    # 4 is entered only from 3 (-8), which 1 cannot reach (only 4 leads to 3): IMPOSSIBLE, however negative 3 -> 4
    "hand3": (4, [(1, 2, 4), (2, 1, -3), (3, 4, -8), (3, 2, 1), (4, 3, 9)]),
}


def fixed(name):
    if name == "single":
        return "1 0\n"
    if name == "two_none":
        return "2 0\n"
    if name == "two_back_only":  # only 2 -> 1: the goal is unreachable
        return "2 1\n2 1 -5\n"
    if name == "ghost_small":  # 3 -> 4 is negative, 3 is unreachable: 4 stays unreachable
        return "4 3\n1 2 5\n3 4 -7\n2 1 -5\n"
    if name == "all_negative_dag":
        n = 6
        rows = [f"{u} {v} -{MAXW}" for u in range(1, n + 1) for v in range(u + 1, n + 1)]
        return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)
    if name == "parallel":  # several edges between the same pair: the cheapest counts
        return "3 5\n1 2 4\n1 2 -2\n2 3 3\n2 3 -1\n1 3 -2\n"
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base = ["1 2 3", "2 3 -1", "3 4 2"]

    def text(n, rows, m=None):
        return f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        return text(MAXN + 1, base)
    if kind == "n_zero":
        return "0 0\n"
    if kind == "m_too_big":
        return text(4, ["1 2 1"] * (MAXM + 1))
    if kind == "negative_cycle":
        return text(4, base + ["4 2 -2"])
    if kind == "negative_two_cycle":
        return text(4, base + ["2 1 -4"])
    if kind == "self_loop":
        return text(4, base + ["3 3 1"])
    if kind == "w_too_big":
        return text(4, base[:2] + [f"3 4 {MAXW + 1}"])
    if kind == "w_too_small":
        return text(4, base[:2] + [f"3 4 -{MAXW + 1}"])
    if kind == "minus_zero":
        return text(4, base[:2] + ["3 4 -0"])
    if kind == "vertex_out_of_range":
        return text(4, base[:2] + ["3 5 1"])
    if kind == "too_few_edges":
        return text(4, base, m=4)
    if kind == "double_space":
        return text(4, base[:2] + ["3  4 2"])
    if kind == "leading_zero":
        return text(4, base[:2] + ["3 04 2"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":  # vertices 2..n-1 relabelled per seed
    n, edges = HAND[opts.get("kind", "hand")]
    out = render(n, edges)
elif mode == "random":
    n = rng.randint(num("lo"), min(MAXN, num("hi")))
    m = rng.randint(0, min(MAXM, int(float(opts.get("dens", "2")) * n)))
    out = shape(rng.choice(["random", "random", "dag", "zero_cycles", "ghost"]), n, m)
elif mode == "shape":
    n = num("n")
    out = shape(opts["kind"], n, min(MAXM, num("m", "0")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
