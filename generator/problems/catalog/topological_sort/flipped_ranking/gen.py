"""Test generator for topological_sort.flipped_ranking (testlib style): python gen.py SEED MODE [key=value ...]
prints `N`, last time's ranking (N numbers), `M`, then M lines `a b` (pairs whose relative order changed).
Params: maxn, maxm.

Modes: sample kind=hand|hand2 (hand-made, relabelled per seed); random lo= hi= spread= broken=;
big n= spread= broken= (the new ranking is the old one with every position moved by up to `spread`, the pairs
are exactly the inversions, at most maxm - 1 (an over-large spread is shrunk by 2 % until they fit: spread=760 at
n=1000 lands just under maxm = 10^5); broken=1 toggles one pair at distance >= 2 in the new ranking, which
always makes a cycle); fixed name=... (relabelled per seed); invalid kind=... Sizes may name a bound (n=maxn)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(old, pairs):
    return f"{len(old)}\n{' '.join(map(str, old))}\n{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def relabel(old, pairs):
    names = list(range(1, len(old) + 1))
    rng.shuffle(names)
    pairs = [(names[a - 1], names[b - 1]) if rng.random() < 0.5 else (names[b - 1], names[a - 1]) for a, b in pairs]
    rng.shuffle(pairs)
    return [names[t - 1] for t in old], pairs


def inversions(old, new):
    pos = {t: i for i, t in enumerate(old)}
    out = []
    for i in range(len(new)):
        for j in range(i + 1, len(new)):
            if pos[new[i]] > pos[new[j]]:
                out.append((new[i], new[j]))
    return out


def build(n, spread, broken):
    old = list(range(1, n + 1))
    rng.shuffle(old)
    while True:
        keys = sorted((i + rng.uniform(0, spread), t) for i, t in enumerate(old))
        new = [t for _, t in keys]
        pairs = inversions(old, new) if n <= 2000 else None
        if len(pairs) <= MAXM - 1 or spread <= 0:
            break
        spread *= 0.98
    pairs = [p if rng.random() < 0.5 else (p[1], p[0]) for p in pairs]
    if broken and n >= 3:
        # Toggle a pair at distance >= 2 in the new ranking: the team between them closes a cycle.
        i = rng.randrange(n - 2)
        j = rng.randrange(i + 2, n)
        x, y = new[i], new[j]
        listed = {(min(a, b), max(a, b)) for a, b in pairs}
        if (min(x, y), max(x, y)) in listed:
            pairs = [p for p in pairs if (min(p), max(p)) != (min(x, y), max(x, y))]
        else:
            pairs.append((x, y) if rng.random() < 0.5 else (y, x))
    rng.shuffle(pairs)
    return old, pairs


HAND = ([5, 4, 3, 2, 1], [(2, 4), (3, 4)])
# 2 passed 1 and 3 passed 2, yet 1 is still above 3: a cycle, so IMPOSSIBLE (4 is left out of it).
HAND2 = ([1, 2, 3, 4], [(1, 2), (2, 3)])

FIXED = {
    "single": ([1], []),
    "two_same": ([2, 1], []),
    "two_swapped": ([1, 2], [(2, 1)]),
    "three_cycle": ([1, 2, 3], [(1, 3)]),
    "adjacent_swaps": ([1, 2, 3, 4, 5, 6], [(1, 2), (3, 4), (5, 6)]),
    "far_swap_fails": ([1, 2, 3, 4], [(4, 1)]),
    "full_reverse": ([1, 2, 3, 4], [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]),
    "rotate": ([1, 2, 3, 4, 5], [(5, 1), (5, 2), (5, 3), (5, 4)]),
    "two_of_rotate": ([1, 2, 3, 4, 5], [(5, 1), (5, 2), (5, 4)]),
}


def invalid(kind):
    cases = {
        "n_too_big": render(list(range(1, MAXN + 2)), []),
        "n_zero": "0\n\n0\n",
        "not_permutation": "3\n1 2 2\n0\n",
        "team_out_of_range": "3\n1 2 4\n0\n",
        "m_too_big": f"3\n1 2 3\n{MAXM + 1}\n1 2\n",
        "self_pair": "3\n1 2 3\n1\n2 2\n",
        "repeated_pair": "3\n1 2 3\n2\n1 2\n2 1\n",
        "pair_out_of_range": "3\n1 2 3\n1\n1 4\n",
        "missing_pair": "3\n1 2 3\n2\n1 2\n",
        "short_ranking": "3\n1 2\n0\n",
        "double_space": "3\n1  2 3\n0\n",
        "leading_zero": "3\n1 02 3\n0\n",
        "no_final_newline": "3\n1 2 3\n1\n1 2",
    }
    return cases[kind]


if mode == "sample":
    out = render(*relabel(*(HAND if opts.get("kind") == "hand" else HAND2)))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "6")))
    broken = rng.random() < float(opts.get("broken", "0.3"))
    out = render(*build(n, float(opts.get("spread", "3")), broken))
elif mode == "big":
    out = render(*build(size("n", "maxn"), float(opts.get("spread", "100")), opts.get("broken") == "1"))
elif mode == "fixed":
    out = render(*relabel(*FIXED[opts["name"]]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
