"""Test generator for topological_sort.direct_pairs (testlib style): python gen.py SEED MODE [key=value ...] prints
`N M` then M lines `t u v` (t = 1: u before v is fixed; t = 0: the order of u and v is to be chosen).
Params: maxn, maxm. No pair of items appears twice (in either order), u != v.

Modes: sample kind=hand|hand2 (hand-made, relabelled and shuffled per seed); random lo= hi= mcap= free= cycle=;
big n= m= free= cycle= (fixed pairs follow a hidden order; cycle=1 adds one long fixed cycle);
fixed name=... (relabelled per seed); invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, pairs):
    return f"{n} {len(pairs)}\n" + "".join(f"{t} {u} {v}\n" for t, u, v in pairs)


def relabel(n, pairs):
    """The same picture under a random renumbering, pairs shuffled, free pairs written either way round."""
    names = list(range(1, n + 1))
    rng.shuffle(names)
    out = []
    for t, u, v in pairs:
        u, v = names[u - 1], names[v - 1]
        if t == 0 and rng.random() < 0.5:
            u, v = v, u
        out.append((t, u, v))
    rng.shuffle(out)
    return n, out


def build(n, m, free, cycle_len):
    """Fixed pairs go forward in a hidden order; free pairs anywhere; optionally one fixed cycle."""
    m = min(m, n * (n - 1) // 2)
    order = list(range(1, n + 1))
    rng.shuffle(order)
    rank = {v: i for i, v in enumerate(order)}
    used, pairs = set(), []
    if cycle_len >= 2 and n >= max(cycle_len, 3):
        ring = rng.sample(range(1, n + 1), max(cycle_len, 3))
        for a, b in zip(ring, ring[1:] + ring[:1]):
            used.add((min(a, b), max(a, b)))
            pairs.append((1, a, b))
    tries = 0
    while len(pairs) < m and tries < 20 * m + 100:
        tries += 1
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u == v or (min(u, v), max(u, v)) in used:
            continue
        used.add((min(u, v), max(u, v)))
        if rng.random() < free:
            pairs.append((0, u, v))
        else:
            pairs.append((1, u, v) if rank[u] < rank[v] else (1, v, u))
    rng.shuffle(pairs)
    return n, pairs


HAND = (5, [(1, 2, 1), (0, 1, 3), (1, 3, 4), (0, 4, 2), (0, 5, 1), (1, 5, 3)])
HAND2 = (4, [(1, 1, 2), (0, 3, 2), (1, 2, 4), (1, 4, 1), (0, 3, 4)])

FIXED = {
    "single": (1, []),
    "two_free": (2, [(0, 1, 2)]),
    "two_fixed": (2, [(1, 2, 1)]),
    "no_pairs": (4, []),
    "free_triangle": (3, [(0, 1, 2), (0, 2, 3), (0, 3, 1)]),
    "label_trap": (3, [(1, 3, 1), (0, 1, 2), (0, 2, 3)]),
    "fixed_cycle": (3, [(1, 1, 2), (1, 2, 3), (1, 3, 1)]),
    "cycle_and_free": (5, [(1, 1, 2), (1, 2, 3), (1, 3, 1), (0, 4, 5), (0, 1, 4)]),
    "chain_back": (5, [(1, 5, 4), (1, 4, 3), (1, 3, 2), (1, 2, 1), (0, 1, 5), (0, 1, 3), (0, 2, 5)]),
    "two_cycle_groups": (6, [(1, 1, 2), (1, 2, 3), (0, 3, 1), (1, 4, 5), (1, 5, 6), (1, 6, 4)]),
}


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 1\n0 1 2\n",
        "n_zero": "0 0\n",
        "m_too_big": f"3 {MAXM + 1}\n0 1 2\n",
        "bad_type": "3 2\n2 1 2\n0 2 3\n",
        "self_pair": "3 2\n0 1 1\n0 2 3\n",
        "repeated_pair": "3 2\n0 1 2\n1 2 1\n",
        "vertex_out_of_range": "3 2\n0 1 4\n0 2 3\n",
        "vertex_zero": "3 2\n0 0 1\n0 2 3\n",
        "missing_pair": "3 3\n0 1 2\n0 2 3\n",
        "missing_type": "3 2\n1 2\n0 2 3\n",
        "double_space": "3 2\n0  1 2\n0 2 3\n",
        "leading_zero": "3 2\n0 01 2\n0 2 3\n",
        "no_final_newline": "3 2\n0 1 2\n0 2 3",
    }
    return cases[kind]


def smaller_first_cycles(n, pairs):
    """Whether directing every free pair from the smaller number to the larger closes a cycle with the fixed ones."""
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for t, u, v in pairs:
        a, b = (u, v) if t == 1 else (min(u, v), max(u, v))
        adj[a].append(b)
        indeg[b] += 1
    ready = [v for v in range(1, n + 1) if indeg[v] == 0]
    done = 0
    while ready:
        x = ready.pop()
        done += 1
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y)
    return done < n


if mode == "sample":
    if opts.get("kind") == "hand":
        # Renumbered until directing the free pairs by number would close a cycle: the choice must follow an order.
        out = relabel(*HAND)
        while not smaller_first_cycles(*out):
            out = relabel(*HAND)
        out = render(*out)
    else:
        out = render(*relabel(*HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "7")))
    m = rng.randint(0, min(MAXM, size("mcap", "10")))
    cycle = rng.randint(3, max(3, n)) if rng.random() < float(opts.get("cycle", "0")) else 0
    out = render(*build(n, m, float(opts.get("free", "0.5")), cycle))
elif mode == "big":
    n, m = size("n", "maxn"), size("m", "maxm")
    cycle = rng.randint(n // 2, n) if opts.get("cycle") == "1" else 0
    out = render(*build(n, m, float(opts.get("free", "0.5")), cycle))
elif mode == "fixed":
    out = render(*relabel(*FIXED[opts["name"]]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
