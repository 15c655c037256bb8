"""Test generator for topological_sort.named_order (testlib style): python gen.py SEED MODE [key=value ...] prints
one input. Params: maxm, maxlen.

The graph is built on numbers, then every number gets a distinct random name of lowercase letters.
Modes: sample kind=hand|hand2|random; random lo= hi= mcap= [cycle=P]; fixed name=...; dag n= m=; chain n=;
tail_cycle n= m= len= (a cycle whose vertices lead into a long tail: the stuck vertices are not all on the cycle);
invalid kind=... Sizes may name a bound (m=maxm)."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXM, MAXLEN = int(opts["maxm"]), int(opts["maxlen"])
rng = random.Random(seed)


def size(name, default=None):
    value = opts.get(name, default)
    return MAXM if value == "maxm" else int(value)


def names(n, short=False):
    """n distinct names; short ones (1-3 letters) read well in samples and collide in prefixes in tests."""
    out, seen = [], set()
    letters = string.ascii_lowercase[:6] if short else string.ascii_lowercase
    while len(out) < n:
        k = rng.randint(1, 3) if short and n <= 100 else rng.randint(1, MAXLEN)
        word = "".join(rng.choice(letters) for _ in range(k))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def render(n, edges, short=False):
    name = names(n, short)
    edges = list(edges)
    rng.shuffle(edges)
    return f"{len(edges)}\n" + "".join(f"{name[u]} {name[v]}\n" for u, v in edges)


def forward(order, m, edges):
    n = len(order)
    m = min(m, n * (n - 1) // 2)
    tries = 0
    while len(edges) < m and tries < 20 * m + 100:
        tries += 1
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = min(i, j), max(i, j)
            edges.add((order[i], order[j]))
    return edges


def connected_dag(n, m):
    """Every vertex is in some pair (a name exists only through its pairs): each vertex after the first gets an
    edge from an earlier one, then random forward edges."""
    order = list(range(n))
    rng.shuffle(order)
    edges = {(order[rng.randrange(i)], order[i]) for i in range(1, n)}
    return order, forward(order, max(m, n - 1), edges)


def close_cycle(order, edges, length, at=None):
    """Turn `length` consecutive vertices of the order (from `at`) into a cycle: a path forward, one edge back."""
    n = len(order)
    start = rng.randrange(max(1, n - length + 1)) if at is None else at
    chain = order[start:start + length]
    edges |= set(zip(chain, chain[1:]))
    if len(chain) > 2:  # for two vertices the path edge itself is half of the 2-cycle
        edges.discard((chain[0], chain[-1]))
    edges.add((chain[-1], chain[0]))
    return edges


def random_case(n, mcap, cycle_p):
    order, edges = connected_dag(n, rng.randint(n - 1, max(n - 1, min(mcap, n * (n - 1) // 2))))
    if rng.random() < cycle_p:
        edges = close_cycle(order, edges, rng.randint(2, min(n, 4)))
    return render(n, edges, short=True)


def tail_cycle(n, m, length):
    """A cycle early in the order and everything else downstream of it: all but a few vertices are stuck."""
    order, edges = connected_dag(n, m)
    edges = close_cycle(order, edges, length, at=1)
    return render(n, edges)


def hand():
    # a diamond plus a tail: several valid orders
    return render(5, {(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)}, short=True)


def hand2():
    # a -> b -> c -> a is a cycle; c -> d and d -> e only depend on it (d and e are stuck but not on the cycle);
    # f leads into it, so Kahn's algorithm outputs f before it stalls (printing that partial order is wrong)
    return render(6, {(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (5, 0)}, short=True)


def fixed(name):
    cases = {
        "one_pair": (2, {(0, 1)}),
        "two_cycle": (2, {(0, 1), (1, 0)}),
        "two_cycle_tail": (4, {(0, 1), (1, 0), (1, 2), (2, 3)}),
        "cycle_and_free_part": (6, {(0, 1), (1, 2), (2, 0), (3, 4), (4, 5)}),
        "feeds_cycle": (5, {(0, 1), (1, 2), (2, 3), (3, 1), (0, 4)}),
        "two_cycles": (6, {(0, 1), (1, 0), (2, 3), (3, 4), (4, 2), (1, 5)}),
        "star": (6, {(0, v) for v in range(1, 6)}),
        "disjoint_pairs": (6, {(0, 1), (2, 3), (4, 5)}),
    }
    n, edges = cases[name]
    return render(n, edges, short=True)


def invalid(kind):
    cases = {
        "m_zero": "0\n",
        "self_pair": "2\nab ab\nab c\n",
        "duplicate_pair": "3\nab c\nab c\nc d\n",
        "uppercase": "2\nAb c\nc d\n",
        "digit": "2\na1 c\nc d\n",
        "name_too_long": f"2\n{'a' * (MAXLEN + 1)} c\nc d\n",
        "double_space": "2\nab  c\nc d\n",
        "one_name": "2\nab\nc d\n",
        "missing_pair": "3\nab c\nc d\n",
        "extra_line": "2\nab c\nc d\ne f\n",
        "no_final_newline": "2\nab c\nc d",
        "trailing_space": "2\nab c \nc d\n",
    }
    if kind == "m_too_big":
        words = names(800)
        pairs = [(words[i], words[j]) for i in range(800) for j in range(i + 1, 800)][:MAXM + 1]
        return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)
    return cases[kind]


if mode == "sample":
    kind = opts.get("kind", "hand")
    out = hand() if kind == "hand" else hand2() if kind == "hand2" else random_case(rng.randint(4, 6), 8, 0.4)
elif mode == "random":
    out = random_case(rng.randint(int(opts["lo"]), int(opts["hi"])), int(opts["mcap"]), float(opts.get("cycle", "0.4")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    n, m = size("n"), size("m")
    out = render(n, connected_dag(n, m)[1])
elif mode == "chain":
    n = size("n")
    order = list(range(n))
    rng.shuffle(order)
    out = render(n, set(zip(order, order[1:])))
elif mode == "tail_cycle":
    out = tail_cycle(size("n"), size("m"), int(opts["len"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
