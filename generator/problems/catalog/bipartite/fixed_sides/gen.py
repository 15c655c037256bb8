"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|hand2; random lo= hi= [mcap=] [odd=%] [bad=%];
graph n= m= comps= fix= [odd=0|1] [bad=0|1]; path n= fix= [bad=0|1]; fixed name=...; invalid kind=...
Every vertex gets a hidden side per component (edges join opposite sides); `fix` vertices are announced with a
side consistent with it (each component may be flipped); `odd` adds an edge inside one side, `bad` flips one
announced side in a component with two or more announcements."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value, None) or int(value)


def build(n, m, comps, fix, odd, bad, path=False):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    comps = max(1, min(comps, n))
    cuts = sorted(rng.sample(range(1, n), comps - 1)) if comps > 1 else []
    parts = [order[a:b] for a, b in zip([0] + cuts, cuts + [n])]
    side, part_of = [0] * (n + 1), [0] * (n + 1)
    edges = set()
    for pi, part in enumerate(parts):
        for i, v in enumerate(part):
            part_of[v] = pi
            if i == 0:
                side[v] = rng.randint(0, 1)
                continue
            u = part[i - 1] if path else part[rng.randint(max(0, i - 30), i - 1)]
            side[v] = side[u] ^ 1
            edges.add((min(u, v), max(u, v)))
    big = [p for p in parts if len(p) >= 4]
    tries = 0
    while len(edges) < m and big and tries < 20 * m:
        tries += 1
        part = rng.choice(big)
        u, v = rng.choice(part), rng.choice(part)
        if side[u] != side[v]:
            edges.add((min(u, v), max(u, v)))
    edges = list(edges)
    if len(edges) > m:
        edges = edges[:m]
    if odd:
        for _ in range(100):
            part = rng.choice(parts)
            if len(part) >= 3:
                u, v = rng.sample(part, 2)
                key = (min(u, v), max(u, v))
                if side[u] == side[v] and key not in edges:
                    if edges and len(edges) >= m:
                        edges[rng.randrange(len(edges))] = key
                    else:
                        edges.append(key)
                    break
    flip = [rng.randint(0, 1) for _ in parts]
    chosen = rng.sample(range(1, n + 1), min(fix, n))
    given = {v: (side[v] ^ flip[part_of[v]]) + 1 for v in chosen}
    if bad:
        count = {}
        for v in chosen:
            count[part_of[v]] = count.get(part_of[v], 0) + 1
        multi = [v for v in chosen if count[part_of[v]] >= 2]
        if multi:
            v = rng.choice(multi)
            given[v] = 3 - given[v]
    return edges, given


def render(n, edges, given, shuffle=True):
    rows = [f"{u} {v}" if rng.random() < 0.5 else f"{v} {u}" for u, v in edges]
    fixed_rows = [f"{v} {s}" for v, s in given.items()]
    if shuffle:
        rng.shuffle(rows)
        rng.shuffle(fixed_rows)
    return (f"{n} {len(rows)} {len(fixed_rows)}\n" + "".join(r + "\n" for r in rows)
            + "".join(r + "\n" for r in fixed_rows))


def relabel(n, edges, given):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    return [(name[u], name[v]) for u, v in edges], {name[v]: s for v, s in given.items()}


HAND = {
    # parts {1,2,3,4} (square, 1 announced in A), {5,6} (free), {7} (free): 1 * 2 * 2 = 4
    "hand": (7, [(1, 2), (2, 3), (3, 4), (4, 1), (5, 6)], {1: 1}),
    # path 1-2-3 with 1 and 3 announced on different sides: impossible, 0
    "hand2": (5, [(1, 2), (2, 3), (4, 5)], {1: 1, 3: 2}),
}


def fixed(name):
    cases = {
        "single_free": (1, [], {}),
        "single_fixed": (1, [], {1: 2}),
        "no_edges": (5, [], {2: 1}),
        "triangle": (3, [(1, 2), (2, 3), (1, 3)], {}),
        "odd_elsewhere": (6, [(1, 2), (3, 4), (4, 5), (3, 5)], {1: 1}),
        "both_fixed_ok": (4, [(1, 2), (2, 3), (3, 4)], {1: 2, 4: 1}),
        "both_fixed_bad": (4, [(1, 2), (2, 3), (3, 4)], {1: 2, 4: 2}),
        "same_side_ok": (3, [(1, 2), (2, 3)], {1: 1, 3: 1}),
        "edge_fixed_bad": (2, [(1, 2)], {1: 2, 2: 2}),
        "all_free_many": (40, [(2 * i - 1, 2 * i) for i in range(1, 21)], {}),
    }
    n, edges, given = cases[name]
    return render(n, edges, given, shuffle=False)


def invalid(kind):
    def text(n, rows, frows, m=None, k=None):
        return (f"{n} {len(rows) if m is None else m} {len(frows) if k is None else k}\n"
                + "".join(r + "\n" for r in rows) + "".join(r + "\n" for r in frows))
    base = ["1 2", "2 3", "3 4"]
    if kind == "n_too_big":
        return text(MAXN + 1, base, ["1 1"])
    if kind == "n_zero":
        return "0 0 0\n"
    if kind == "m_too_big":
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, 1000), rng.randint(1, 1000)
            if u < v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return text(1000, rows, [])
    if kind == "k_too_big":
        return text(4, base, ["1 1", "2 2", "3 1", "4 2"], k=5)
    if kind == "side_three":
        return text(4, base, ["1 3"])
    if kind == "side_zero":
        return text(4, base, ["1 0"])
    if kind == "repeated_fixed":
        return text(4, base, ["1 1", "1 1"])
    if kind == "self_loop":
        return text(4, base + ["4 4"], [])
    if kind == "duplicate_edge":
        return text(4, base + ["2 1"], [])
    if kind == "vertex_out_of_range":
        return text(4, base + ["4 5"], [])
    if kind == "fixed_out_of_range":
        return text(4, base, ["5 1"])
    if kind == "double_space":
        return text(4, ["1  2", "2 3", "3 4"], [])
    if kind == "leading_zero":
        return text(4, base, ["01 1"])
    if kind == "extra_line":
        return text(4, base, ["1 1"]) + "2 2\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, given = HAND[opts.get("kind", "hand")]
    edges, given = relabel(n, edges, given)
    out = render(n, edges, given)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    cap = min(MAXM, int(opts.get("mcap", MAXM)))
    edges, given = build(n, rng.randint(0, cap), rng.randint(1, n), rng.randint(0, n),
                         rng.randrange(100) < int(opts.get("odd", "15")),
                         rng.randrange(100) < int(opts.get("bad", "20")))
    out = render(n, edges, given)
elif mode == "graph":
    n = num("n")
    edges, given = build(n, num("m"), num("comps"), num("fix"), int(opts.get("odd", "0")),
                         int(opts.get("bad", "0")))
    out = render(n, edges, given)
elif mode == "path":
    n = num("n")
    edges, given = build(n, n - 1, 1, num("fix"), 0, int(opts.get("bad", "0")), path=True)
    out = render(n, edges, given)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
