"""Test generator for mst.already_built (testlib style): python gen.py SEED MODE [key=value ...] prints `N K M`,
K lines `u v` (roads already built) and M lines `u v w` (roads that could be built). Params: maxn, maxk, maxm, maxw.

Modes: sample kind=hand|hand2; random lo= hi= kcap= mcap= [wcap=] [cut=] (cut = tree edges left out, so the
answer may be -1); fixed name=...; big n= k= m= [wcap=] [cut=] [lonely=]; invalid kind=... Sizes may name a bound."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK, MAXM, MAXW = int(opts["maxn"]), int(opts["maxk"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed * 1000003 + 29)  # salted: tests differ from the other mst tasks


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxk": MAXK, "maxm": MAXM, "maxw": MAXW}.get(value) or int(value)


def render(n, built, roads):
    names = list(range(1, n + 1))
    rng.shuffle(names)

    def ends(u, v):
        a, b = names[u - 1], names[v - 1]
        return (a, b) if rng.random() < 0.5 else (b, a)

    built = [ends(u, v) for u, v in built]
    roads = [(*ends(u, v), w) for u, v, w in roads]
    rng.shuffle(built)
    rng.shuffle(roads)
    return (f"{n} {len(built)} {len(roads)}\n" + "".join(f"{u} {v}\n" for u, v in built)
            + "".join(f"{u} {v} {w}\n" for u, v, w in roads))


def graph(n, k, m, wcap, cut):
    """A random spanning tree (minus `cut` edges) split between built and buildable, then extra distinct pairs."""
    k = min(k, MAXK, n * (n - 1) // 2)
    m = min(m, MAXM, n * (n - 1) // 2 - k)
    tree = []
    for i in range(2, n + 1):
        j = rng.randint(max(1, i - rng.choice((1, 3, i))), i - 1)
        tree.append((j, i))
    rng.shuffle(tree)
    tree = tree[min(cut, len(tree)):]
    share = rng.random()
    built, roads, used = [], [], set()
    for u, v in tree:
        if len(built) < k and (rng.random() < share or len(roads) >= m):
            built.append((u, v))
        elif len(roads) < m:
            roads.append((u, v, rng.randint(1, wcap)))
        else:
            continue
        used.add((u, v))
    tries = 0
    while (len(built) < k or len(roads) < m) and tries < 50 * (k + m) + 100:
        tries += 1
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u == v or (min(u, v), max(u, v)) in used:
            continue
        used.add((min(u, v), max(u, v)))
        if len(built) < k and (len(roads) >= m or rng.random() < 0.5):
            built.append((u, v))
        else:
            roads.append((u, v, rng.randint(1, wcap)))
    return built, roads


HAND = (6, [(1, 2), (4, 5)], [(1, 3, 4), (2, 3, 2), (3, 4, 5), (2, 4, 7), (5, 6, 3), (4, 6, 1), (1, 6, 9)])
# No {edge} joins {1, 2, 3, 4} to {5, 6, 7}: -1, though each part alone can be connected (cost 6 + 4).
HAND2 = (7, [(1, 2), (2, 3), (3, 1), (5, 6)], [(3, 4, 6), (1, 4, 6), (6, 7, 8), (5, 7, 4)])

FIXED = {
    "single": (1, [], []),
    "two_apart": (2, [], []),
    "two_built": (2, [(1, 2)], []),
    "two_road": (2, [], [(1, 2, MAXW)]),
    "all_built": (4, [(1, 2), (2, 3), (3, 4)], [(1, 3, 1), (2, 4, 1)]),
    "none_built": (4, [], [(1, 2, 3), (2, 3, 3), (3, 4, 1), (1, 4, 2), (1, 3, 5)]),
    "built_cycle": (5, [(1, 2), (2, 3), (3, 1)], [(1, 4, 4), (3, 4, 4), (4, 5, 2), (2, 5, 9)]),
    "cut_off": (5, [(1, 2), (3, 4)], [(1, 3, 2), (2, 4, 1)]),
    "isolated_vertex": (4, [(1, 2), (2, 3)], []),
    "heavy_chain": (6, [], [(i, i + 1, MAXW) for i in range(1, 6)]),
    "built_skips_cheap": (4, [(1, 4)], [(1, 2, 1), (2, 4, 1), (4, 3, 7), (1, 3, 8)]),
}


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 0 1\n1 2 1\n",
        "n_zero": "0 0 0\n",
        "w_too_big": f"3 1 1\n1 2\n2 3 {MAXW + 1}\n",
        "w_zero": "3 1 1\n1 2\n2 3 0\n",
        "self_loop_built": "3 1 1\n2 2\n2 3 1\n",
        "self_loop_road": "3 1 1\n1 2\n3 3 1\n",
        "duplicate_built": "3 2 1\n1 2\n2 1\n2 3 1\n",
        "built_and_road": "3 1 2\n1 2\n1 2 5\n2 3 1\n",
        "vertex_out_of_range": "3 1 1\n1 2\n2 4 1\n",
        "missing_road": "3 1 2\n1 2\n2 3 1\n",
        "road_without_cost": "3 1 1\n1 2\n2 3\n",
        "double_space": "3 1 1\n1  2\n2 3 1\n",
        "leading_zero": "3 1 1\n1 2\n2 3 07\n",
        "no_final_newline": "3 1 1\n1 2\n2 3 1",
    }
    if kind == "k_too_big" or kind == "m_too_big":
        n = 2
        while n * (n - 1) // 2 < MAXK + MAXM + 1:
            n += 1
        n = max(n, 3)
        pairs = ((i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1))
        k = MAXK + 1 if kind == "k_too_big" else 0
        m = 1 if kind == "k_too_big" else MAXM + 1
        built = [next(pairs) for _ in range(k)]
        roads = [(*next(pairs), 1) for _ in range(m)]
        return (f"{n} {k} {m}\n" + "".join(f"{u} {v}\n" for u, v in built)
                + "".join(f"{u} {v} {w}\n" for u, v, w in roads))
    return cases[kind]


if mode == "sample":
    out = render(*(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    k = rng.randint(0, size("kcap", "4"))
    m = rng.randint(0, size("mcap", "10"))
    out = render(n, *graph(n, k, m, size("wcap", "maxw"), rng.randint(0, size("cut", "0"))))
elif mode == "fixed":
    n, built, roads = FIXED[opts["name"]]
    out = f"{n} {len(built)} {len(roads)}\n" + "".join(f"{u} {v}\n" for u, v in built) + "".join(
        f"{u} {v} {w}\n" for u, v, w in roads)
elif mode == "big":
    n = size("n", "maxn")
    lonely = int(opts.get("lonely", "0"))  # vertices touched by no road at all, so the answer is -1
    out = render(n, *graph(n - lonely, size("k", "maxk"), size("m", "maxm"), size("wcap", "maxw"), size("cut", "0")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
