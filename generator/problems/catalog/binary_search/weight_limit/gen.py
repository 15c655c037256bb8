"""Test generator for binary_search.weight_limit (testlib style): python gen.py SEED MODE [key=value ...].

Format: "N M" / M lines "A B C" (A != B, parallel bridges allowed) / "S T" (S != T). Params: max_n, max_m, max_c.
Modes: sample [unreachable=1], case, stress, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_M, MAX_C = int(opts["max_n"]), int(opts["max_m"]), int(opts["max_c"])
rng = random.Random(seed)


def render(n, edges, s, t, shuffle=True):
    edges = list(edges)
    if shuffle:
        rng.shuffle(edges)
    body = "".join(f"{a} {b} {c}\n" if rng.random() < 0.5 else f"{b} {a} {c}\n" for a, b, c in edges)
    return f"{n} {len(edges)}\n{body}{s} {t}\n"


def random_edges(n, m, c_lo, c_hi, connected=True):
    """m bridges on n islands (a random spanning tree first when connected), limits in [c_lo, c_hi]."""
    edges = []
    if connected:
        order = list(range(1, n + 1))
        rng.shuffle(order)
        for i in range(1, n):
            edges.append((order[i], order[rng.randrange(max(0, i - 5), i)] if rng.random() < 0.5 else
                          order[rng.randrange(i)], rng.randint(c_lo, c_hi)))
    while len(edges) < m:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b, rng.randint(c_lo, c_hi)))
    return edges[:m] if not connected else edges


def two_ends(n):
    s, t = rng.sample(range(1, n + 1), 2)
    return s, t


def case(n_hi, c_hi, m_extra):
    n = rng.randint(2, n_hi)
    connected = rng.random() < 0.85
    m = rng.randint(n - 1 if connected else 1, n - 1 + m_extra)
    edges = random_edges(n, m, 1, c_hi, connected)
    if rng.random() < 0.3:  # a parallel copy of a bridge with another limit
        a, b, _ = rng.choice(edges)
        edges.append((a, b, rng.randint(1, c_hi)))
    return render(n, edges, *two_ends(n))


def heaviest(text, last_wins=False):
    """The answer for a rendered input; last_wins: as if a later bridge between the same two islands replaced an
    earlier one."""
    data = list(map(int, text.split()))
    m = data[1]
    limit = {}
    for i in range(m):
        a, b, c = data[2 + 3 * i: 5 + 3 * i]
        key = (min(a, b), max(a, b))
        limit[key] = c if last_wins else max(c, limit.get(key, 0))
    s, t = data[2 + 3 * m], data[3 + 3 * m]
    for w in sorted(set(limit.values()), reverse=True):
        seen, stack = {s}, [s]
        while stack:
            u = stack.pop()
            for (a, b), c in limit.items():
                for x, y in ((a, b), (b, a)):
                    if x == u and c >= w and y not in seen:
                        seen.add(y)
                        stack.append(y)
        if t in seen:
            return w
    return -1


def sample(unreachable=False):
    """A stronger parallel copy of a bridge, listed before the weaker one and needed for the answer; unreachable:
    S and T on two groups of islands with no bridge between them (the answer is -1)."""
    n = rng.randint(4, 6)
    if unreachable:
        order = rng.sample(range(1, n + 1), n)
        cut = rng.randint(2, n - 2)
        edges = [(order[i], order[rng.randrange(i)], rng.randint(1, 30)) for i in range(1, cut)]
        edges += [(order[i], order[rng.randrange(cut, i)], rng.randint(1, 30)) for i in range(cut + 1, n)]
        return render(n, edges, rng.choice(order[:cut]), rng.choice(order[cut:]))
    while True:
        edges = random_edges(n, n + 1, 1, 30)
        a, b, c = rng.choice(edges)
        edges.append((a, b, c + rng.randint(1, 20)))
        out = render(n, edges, *two_ends(n))
        if heaviest(out) != heaviest(out, last_wins=True):
            return out


def edge(kind):
    c = rng.randint(1, MAX_C)
    return {
        "two_islands": lambda: render(2, [(1, 2, c)], 1, 2),
        "unreachable": lambda: render(5, [(1, 2, 7), (2, 3, 9), (4, 5, 8)], 1, 5),
        "parallel": lambda: render(3, [(1, 2, 10), (2, 3, 10), (1, 3, 2), (1, 3, 20)], 1, 3, shuffle=False),
        "parallel_later_weak": lambda: render(3, [(1, 2, 10), (1, 3, 20), (1, 3, 2), (2, 3, 5)], 1, 3,
                                              shuffle=False),
        "detour": lambda: render(4, [(1, 4, 3), (1, 2, 9), (2, 3, 8), (3, 4, 9)], 4, 1),
        "equal_limits": lambda: render(5, [(1, 2, 6), (2, 3, 6), (3, 4, 6), (4, 5, 6), (1, 5, 6)], 2, 5),
        "chain": lambda: render(8, [(i, i + 1, rng.randint(1, 100)) for i in range(1, 8)], 8, 1),
        "isolated_start": lambda: render(4, [(2, 3, 5), (3, 4, 5), (2, 4, 1)], 1, 4),
    }[kind]()


def anti(kind):
    if kind == "overwrite":  # a strong bridge followed by weak parallel copies between the same islands
        edges = []
        for i in range(1, 10):
            edges += [(i, i + 1, 50 + i), (i, i + 1, rng.randint(1, 10)), (i + 1, i, rng.randint(1, 10))]
        return render(10, edges, 1, 10, shuffle=False)
    if kind == "top_limit":  # the answer is max_c itself: an integer search that never tries max_c misses it
        n = rng.randint(5, 8)
        order = rng.sample(range(1, n + 1), n)
        k = rng.randint(2, n)
        path = [(order[i], order[i + 1], MAX_C) for i in range(k - 1)]
        return render(n, path + random_edges(n, n + 2, 1, MAX_C - 1), order[0], order[k - 1])
    if kind == "max_is_exact":  # the answer is the limit of one bridge, used exactly at its limit
        return render(6, [(1, 2, 40), (2, 6, 25), (1, 3, 30), (3, 4, 30), (4, 6, 30), (1, 6, 10), (3, 5, 99)], 1, 6)
    n = 12  # two_components: every island has bridges, but S and T lie in different parts
    left = [(a, b, c) for a, b, c in random_edges(6, 9, 1, 50)]
    right = [(a + 6, b + 6, c) for a, b, c in random_edges(6, 9, 1, 50)]
    return render(n, left + right, rng.randint(1, 6), rng.randint(7, 12))


def bottleneck_graph(n, m, low_bridges):
    """Two dense halves with strong bridges, joined only by a few weak ones: the answer is one of the weakest limits."""
    half = n // 2
    inner = (m - low_bridges) // 2
    left = random_edges(half, inner, MAX_C // 2, MAX_C)
    right = [(a + half, b + half, c) for a, b, c in random_edges(n - half, m - low_bridges - inner, MAX_C // 2, MAX_C)]
    joins = [(rng.randint(1, half), rng.randint(half + 1, n), rng.randint(1, 1000)) for _ in range(low_bridges)]
    return left + right + joins, rng.randint(1, half), rng.randint(half + 1, n)


def maximal(kind):
    if kind == "max_bottleneck":
        edges, s, t = bottleneck_graph(MAX_N, MAX_M, 3)
        return render(MAX_N, edges, s, t)
    if kind == "max_path":  # a long chain S ... T with strong limits, random weak shortcuts
        order = list(range(1, MAX_N + 1))
        rng.shuffle(order)
        chain = [(order[i], order[i + 1], rng.randint(MAX_C // 2, MAX_C)) for i in range(MAX_N - 1)]
        extra = random_edges(MAX_N, MAX_M - len(chain), 1, MAX_C // 2, connected=False)
        return render(MAX_N, chain + extra, order[0], order[-1])
    edges = random_edges(MAX_N, MAX_M, 1, MAX_C)  # max_random
    return render(MAX_N, edges, *two_ends(MAX_N))


def invalid(kind):
    return {
        "n_too_big": render(MAX_N + 1, [(1, 2, 5)], 1, 2),
        "m_too_big": f"3 {MAX_M + 1}\n" + "1 2 5\n" * (MAX_M + 1) + "1 3\n",
        "c_too_big": render(3, [(1, 2, 5), (2, 3, MAX_C + 1)], 1, 3),
        "c_zero": render(3, [(1, 2, 5), (2, 3, 0)], 1, 3),
        "self_loop": "3 2\n1 2 5\n2 2 4\n1 3\n",
        "same_ends": "3 2\n1 2 5\n2 3 4\n2 2\n",
        "island_out_of_range": "3 2\n1 2 5\n2 4 4\n1 3\n",
        "missing_bridge": "3 3\n1 2 5\n2 3 4\n1 3\n",
    }[kind]


if mode == "sample":
    out = sample(opts.get("unreachable") == "1")
elif mode == "case":
    out = case(rng.choice([3, 6, 15]), rng.choice([5, 50, MAX_C]), rng.choice([0, 4, 20]))
elif mode == "stress":
    out = case(rng.choice([2, 4, 6]), rng.choice([3, 10, 40]), rng.choice([0, 3, 6]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(1000, MAX_N)
    out = render(n, random_edges(n, rng.randint(n, MAX_M // 2), 1, rng.choice([1000, MAX_C])), *two_ends(n))
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
