"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N M, then M lines a b (task a before task b). Params: maxn, maxm. Modes: sample1, sample2,
random lo= hi= [p=] [cycle=], fixed case=, anti, max kind=, invalid kind=."""
import random
import sys
from itertools import permutations

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def render(n, pairs):
    return f"{n} {len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def relabel(n, pairs):
    """The same conditions with the tasks renumbered and the lines shuffled."""
    name = rng.sample(range(1, n + 1), n)
    out = [(name[a - 1], name[b - 1]) for a, b in pairs]
    rng.shuffle(out)
    return out


def forward_edges(n, p):
    """A random order-compatible set of conditions: task order[x] before order[y] for x < y with probability p."""
    order = rng.sample(range(1, n + 1), n)
    pairs = [(order[x], order[y]) for x in range(n) for y in range(x + 1, n) if rng.random() < p]
    return order, pairs


def add_cycle(n, order, pairs):
    """One condition against the hidden order, closing a cycle through a forward path (or a direct 2-cycle)."""
    have = set(pairs)
    if not pairs:
        pairs.append((order[0], order[1]))
        have.add(pairs[0])
    a, b = rng.choice(pairs)
    if (b, a) not in have:
        pairs.append((b, a))
    rng.shuffle(pairs)
    return pairs


def count(n, pairs):
    total = 0
    for order in permutations(range(1, n + 1)):
        pos = {t: i for i, t in enumerate(order)}
        total += all(pos[a] < pos[b] for a, b in pairs)
    return total


def kahn_product(n, pairs):
    waiting = [0] * (n + 1)
    for _, b in pairs:
        waiting[b] += 1
    ready, total = [t for t in range(1, n + 1) if waiting[t] == 0], 1
    while ready:
        total *= len(ready)
        t = ready.pop()
        for a, b in pairs:
            if a == t:
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
    return total


if mode == "sample1":
    # A few conditions, a handful of valid orders (listed in the explanation), and one task with two
    # prerequisites; the ready-count product of Kahn's algorithm is wrong here.
    while True:
        n = rng.choice([4, 5])
        _, pairs = forward_edges(n, 0.4)
        ways = count(n, pairs)
        if 2 <= ways <= 8 and kahn_product(n, pairs) != ways and len({b for _, b in pairs}) < len(pairs):
            break
    out = render(n, relabel(n, pairs))
elif mode == "sample2":
    # Conditions that contradict each other through a cycle: no order at all.
    n = rng.choice([3, 4, 5])
    order, pairs = forward_edges(n, 0.5)
    out = render(n, relabel(n, add_cycle(n, order, pairs)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    p = float(opts.get("p") or rng.choice([0.1, 0.25, 0.5, 0.8]))
    order, pairs = forward_edges(n, p)
    if n >= 2 and rng.random() < float(opts.get("cycle", "0.15")):
        pairs = add_cycle(n, order, pairs)
    out = render(n, pairs[:MAXM])
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render(1, []),
        "free_five": lambda: render(5, []),  # 5! = 120
        "two_cycle": lambda: render(2, [(1, 2), (2, 1)]),
        "kahn_trap": lambda: render(3, [(1, 2)]),  # 3 orders; the ready-count product says 2
        "any_trap": lambda: render(3, [(1, 3), (2, 3)]),  # 2 orders; 'any prerequisite done' says 4
        "chain": lambda: render(MAXN, [(i, i + 1) for i in range(1, MAXN)]),
        "last_alone": lambda: render(4, [(4, 1), (4, 2), (4, 3)]),  # the highest bit first: 3! = 6
    }[case]()
elif mode == "anti":
    # Every task after its two neighbours in a hidden order where they exist: many two-prerequisite tasks.
    n = MAXN
    order = rng.sample(range(1, n + 1), n)
    pairs = [(order[x], order[y]) for y in range(n) for x in (y - 3, y - 2) if x >= 0]
    out = render(n, relabel(n, pairs))
elif mode == "max":
    kind = opts["kind"]
    n = MAXN
    if kind == "free":  # no condition: N! orders
        out = render(n, [])
    elif kind == "sparse":  # a few conditions: still about N! / 2^k orders
        order, pairs = forward_edges(n, 0.04)
        out = render(n, relabel(n, pairs))
    elif kind == "random":
        order, pairs = forward_edges(n, 0.3)
        out = render(n, relabel(n, pairs))
    elif kind == "total":  # every pair ordered: exactly one order, M = N(N-1)/2
        order, pairs = forward_edges(n, 1.0)
        out = render(n, relabel(n, pairs))
    elif kind == "cycle":  # a long cycle hidden among few conditions: 0
        order, pairs = forward_edges(n, 0.05)
        have = set(pairs)
        path = [(order[i], order[i + 1]) for i in range(n - 1)]
        pairs = sorted(have | set(path)) + [(order[-1], order[0])]
        out = render(n, relabel(n, pairs))
    elif kind == "both_ways":  # M = maxm = N(N-1): every ordered pair, each pair both ways: 0 (more than
        # N(N-1)/2 conditions always list some pair both ways)
        pairs = [(a, b) for a in range(1, n + 1) for b in range(1, n + 1) if a != b]
        rng.shuffle(pairs)
        out = render(n, pairs[:MAXM])
    else:
        raise SystemExit(f"unknown max kind {kind}")
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(MAXN + 1, [(1, 2)]),
        "n_zero": lambda: "0 0\n",
        "self_pair": lambda: render(3, [(1, 2), (2, 2)]),
        "repeated_pair": lambda: render(3, [(1, 2), (2, 3), (1, 2)]),
        "task_too_big": lambda: render(3, [(1, 4)]),
        "task_zero": lambda: render(3, [(0, 1)]),
        "missing_line": lambda: "3 2\n1 2\n",
        "leading_zero": lambda: "3 1\n01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
