"""Test generator for topological_sort.all_prerequisites (testlib style): python gen.py SEED MODE [key=value ...]
prints one input. Params: maxn, maxm.

Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...; dag n= m= [where=start|middle|end] (the
target X sits at that part of a hidden topological order); chain n= (X at the end of one long path); invalid
kind=... Sizes may name a bound (n=maxn, m=maxm)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(name, default=None):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges, x):
    edges = list(edges)
    rng.shuffle(edges)
    return f"{n} {len(edges)} {x}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def hidden(n):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return order


def forward(order, m):
    n = len(order)
    m = min(m, n * (n - 1) // 2)
    edges = set()
    while len(edges) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = min(i, j), max(i, j)
            edges.add((order[i], order[j]))
    return edges


def case(n, m, where=None):
    order = hidden(n)
    edges = forward(order, m)
    if where == "start":
        x = order[0]
    elif where == "end":
        x = order[-1]
    elif where == "middle":
        x = order[n // 2]
    else:
        x = rng.choice(order)
    return render(n, edges, x)


def hand():
    # X = 5 needs 3 and 4 directly; 3 needs 1; 2 is unrelated; 6 comes after 5 (renamed by the seed)
    name = hidden(6)
    edges = [(1, 3), (3, 5), (4, 5), (2, 6), (5, 6)]
    return render(6, {(name[u - 1], name[v - 1]) for u, v in edges}, name[4])


def fixed(which):
    cases = {
        "single": (1, [], 1),
        "source": (3, [(1, 2), (2, 3)], 1),
        "sink_of_chain": (4, [(4, 3), (3, 2), (2, 1)], 1),
        "diamond": (4, [(1, 2), (1, 3), (2, 4), (3, 4)], 4),
        "only_after": (5, [(3, 1), (3, 2), (3, 4), (3, 5)], 3),
        "no_edges": (5, [], 2),
    }
    n, edges, x = cases[which]
    return f"{n} {len(edges)} {x}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 0 1\n",
        "n_zero": "0 0 1\n",
        "x_zero": "3 1 0\n1 2\n",
        "x_too_big": "3 1 4\n1 2\n",
        "self_loop": "3 2 1\n1 2\n2 2\n",
        "duplicate_edge": "3 2 1\n1 2\n1 2\n",
        "vertex_out_of_range": "3 2 1\n1 2\n2 4\n",
        "cycle": "3 3 1\n1 2\n2 3\n3 1\n",
        "double_space": "3 1 1\n1  2\n",
        "leading_zero": "3 1 1\n01 2\n",
        "missing_x": "3 1\n1 2\n",
        "extra_line": "3 1 1\n1 2\n3\n",
        "no_final_newline": "3 1 1\n1 2",
    }
    if kind == "m_too_big":
        pairs = ((i, j) for i in range(1, MAXN + 1) for j in range(i + 1, MAXN + 1))
        edges = [next(pairs) for _ in range(MAXM + 1)]
        return f"{MAXN} {len(edges)} 1\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return cases[kind]


if mode == "sample":
    out = hand() if opts.get("kind", "hand") == "hand" else case(rng.randint(5, 7), rng.randint(4, 8), "middle")
elif mode == "random":
    n = rng.randint(size("lo"), min(MAXN, size("hi")))
    out = case(n, rng.randint(0, min(int(opts["mcap"]), n * (n - 1) // 2)))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    out = case(size("n"), size("m"), opts.get("where"))
elif mode == "chain":
    n = size("n")
    order = hidden(n)
    out = render(n, set(zip(order, order[1:])), order[-1])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
