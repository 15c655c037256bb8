"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...;
path_last (a long path, the closing link last); forest_only n= (no link closes a cycle);
seen_ends (links whose ends were both seen before but in other groups); invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def names(n):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    return [0] + tail


def flip(a, b):
    return (a, b) if rng.random() < 0.5 else (b, a)


def text(n, links):
    return f"{n} {len(links)}\n" + "".join(f"{a} {b}\n" for a, b in links)


def other(n, a):
    b = rng.randint(1, n - 1)
    return b + 1 if b >= a else b


def forest_links(n, count):
    """`count` <= n-1 links in an order that never closes a cycle (each joins a new vertex to a tree)."""
    name = names(n)
    links = []
    for i in range(2, count + 2):
        links.append(flip(name[i], name[rng.randint(max(1, i - rng.choice([1, 3, i])), i - 1)]))
    # Any order of a forest's links closes no cycle, so shuffle freely.
    rng.shuffle(links)
    return links


def closing_link(n, links):
    """A link whose ends are already connected by `links` (they must contain at least one link)."""
    adj = {}
    for a, b in links:
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    start = rng.choice(list(adj))
    seen, stack = {start}, [start]
    while stack:
        v = stack.pop()
        for w in adj[v]:
            if w not in seen:
                seen.add(w)
                stack.append(w)
    far = rng.choice(sorted(seen - {start}))
    return flip(start, far)


def random_case(n, m):
    """A forest prefix, then (usually) a closing link, then anything."""
    if rng.random() < 0.2:
        return text(n, forest_links(n, min(m, n - 1)))
    k = rng.randint(1, min(m - 1, n - 1)) if m >= 2 else 0
    if k == 0:
        return text(n, [flip(1, other(n, 1))] * m)
    links = forest_links(n, k)
    links.append(closing_link(n, links))
    while len(links) < m:
        a = rng.randint(1, n)
        links.append((a, other(n, a)))
    return text(n, links)


def hand_sample():
    # Link 3 joins two vertices that both appeared before but in different groups; link 5 closes the cycle.
    # The ends are written in an order (redrawn) for which linking the two numbers themselves, instead of their
    # groups' roots, overwrites a parent and misses that cycle.
    name = names(6)
    links = [(1, 2), (3, 4), (2, 3), (5, 6), (4, 1), (6, 2)]
    while True:
        shown = [flip(name[a], name[b]) for a, b in links]
        if first_cycle_linking_numbers(6, shown) != 5:
            return text(6, shown)


def first_cycle_linking_numbers(n, links):
    """What a program setting parent[b] = a (not the roots) reports: the first link it sees closing a loop, or 0."""
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, (a, b) in enumerate(links, 1):
        if find(a) == find(b):
            return i
        parent[b] = a
    return 0


def fixed(name):
    return {
        "one_link": "2 1\n1 2\n",
        "double": "2 2\n1 2\n2 1\n",
        "triangle": text(3, [(1, 2), (2, 3), (3, 1)]),
        "seen_no_cycle": text(6, [(1, 2), (3, 4), (5, 6), (2, 3), (4, 5)]),
        "first_link_repeated_late": text(5, [(1, 2), (3, 4), (4, 5), (2, 3), (5, 1), (1, 2)]),
        "two_components_cycle": text(7, [(1, 2), (5, 6), (6, 7), (2, 3), (7, 5), (3, 1)]),
    }[name]


def path_last():
    # A long path built in order, so a search per link walks ever longer paths; the closing link comes last.
    n = MAXN
    name = names(n)
    m = min(MAXM, n)
    links = [flip(name[i], name[i + 1]) for i in range(1, m)]
    links.append(flip(name[1], name[m]))
    return text(n, links)


def seen_ends(n, m):
    # Pairs first, then links between pairs: both ends are always "seen", yet no cycle until the very end.
    name = names(n)
    half = n // 2
    links = [(name[2 * i - 1], name[2 * i]) for i in range(1, half + 1)]
    links += [flip(name[2 * i], name[2 * i + 1]) for i in range(1, half)]
    links = links[: m - 1]
    links.append(closing_link(n, links))
    return text(n, links)


def invalid(kind):
    return {
        "n_too_big": f"{MAXN + 1} 1\n1 2\n",
        "n_one": "1 1\n1 1\n",
        "m_too_big": f"3 {MAXM + 1}\n" + "1 2\n" * (MAXM + 1),
        "m_zero": "3 0\n",
        "vertex_out_of_range": "5 2\n1 6\n2 3\n",
        "same_pair": "5 2\n3 3\n2 3\n",
        "link_missing": "5 3\n1 2\n2 3\n",
        "extra_number": "5 2\n1 2 3\n2 3\n",
        "leading_zero": "5 2\n01 2\n2 3\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 7)
        out = random_case(n, rng.randint(4, 7))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = random_case(n, rng.randint(1, int(opts["mcap"])))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "path_last":
    out = path_last()
elif mode == "forest_only":
    n = MAXN if opts.get("n", "maxn") == "maxn" else int(opts["n"])
    out = text(n, forest_links(n, min(MAXM, n - 1)))
elif mode == "seen_ends":
    n = MAXN if opts.get("n", "maxn") == "maxn" else int(opts["n"])
    out = seen_ends(n, min(MAXM, n))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
