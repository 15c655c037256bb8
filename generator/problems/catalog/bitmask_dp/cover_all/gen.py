"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N M, then per offer a line "cost size" and a line with its items (distinct, increasing).
Params: maxn, maxm, maxcost. Modes: sample1, sample2, sample3, random lo= hi= [mlo= mhi= cap=], fixed case=, anti,
max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXCOST = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxcost"])
rng = random.Random(seed)


def render(n, offers):
    lines = [f"{n} {len(offers)}"]
    for cost, items in offers:
        lines.append(f"{cost} {len(items)}")
        lines.append(" ".join(map(str, sorted(items))))
    return "\n".join(lines) + "\n"


def offer(n, cap, size_hi=None, pool=None):
    pool = pool or list(range(1, n + 1))
    size = rng.randint(1, min(len(pool), size_hi or len(pool)))
    return rng.randint(1, min(cap, MAXCOST)), rng.sample(pool, size)


def covering(n, m, cap, size_hi=None):
    """m random offers, plus a fix so that every item is covered (unless the caller removes it)."""
    offers = [offer(n, cap, size_hi) for _ in range(m)]
    covered = {i for _, items in offers for i in items}
    missing = [i for i in range(1, n + 1) if i not in covered]
    if missing:
        offers[rng.randrange(m)] = (rng.randint(1, min(cap, MAXCOST)), missing)
    return offers


def relabel(n, offers):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    offers = [(c, [perm[i - 1] for i in items]) for c, items in offers]
    rng.shuffle(offers)
    return offers


def uncover(n, offers):
    """Drop one item from every offer (offers left empty are dropped): the answer is -1."""
    gone = rng.randint(1, n)
    kept = [(c, [i for i in items if i != gone]) for c, items in offers]
    return [(c, items) for c, items in kept if items] or [(1, [i for i in range(1, n + 1) if i != gone][:1])]


if mode == "sample1":
    # Greedy by cost per new item takes the 4-item offer, then needs two more; the best is two 3-item offers.
    k = rng.randint(1, 9)
    offers = [(k * 4, [1, 2, 3, 4]), (k * 5, [1, 2, 5]), (k * 5, [3, 4, 6]), (k * 4, [5]), (k * 4, [6])]
    out = render(6, relabel(6, offers))
elif mode == "sample2":
    n = rng.randint(3, 5)
    out = render(n, covering(n, rng.randint(3, 5), 20, 3))
elif mode == "sample3":
    # An item that no offer provides: the answer is -1, which the output format defines and a program that never
    # checks it gets wrong (it prints its "infinity").
    n = rng.randint(3, 5)
    out = render(n, uncover(n, covering(n, rng.randint(3, 4), 20, 3)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(int(opts.get("mlo", 1)), min(MAXM, int(opts.get("mhi", MAXM))))
    cap = int(opts.get("cap") or rng.choice([9, 100, MAXCOST]))
    offers = covering(n, m, cap, rng.choice([None, 2, 3]))
    out = render(n, uncover(n, offers) if n > 1 and rng.random() < 0.15 else offers)
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render(1, [(MAXCOST, [1])]),
        "single_impossible": lambda: render(2, [(5, [1]), (3, [1])]),
        "one_offer_all": lambda: render(3, [(7, [1, 2, 3])]),
        "duplicates": lambda: render(2, [(9, [1, 2]), (4, [1, 2]), (6, [1, 2])]),
        "ratio_trap": lambda: render(4, [(6, [1, 2, 3, 4]), (2, [3, 4]), (5, [1, 3])]),
        "per_item_trap": lambda: render(3, [(1, [1]), (1, [2]), (1, [3]), (2, [1, 2, 3])]),
        "impossible": lambda: render(4, [(1, [1, 2]), (2, [2, 3]), (3, [1, 3])]),
    }[case]()
elif mode == "anti":
    # Pairs of half-covers beat one cheap-per-item big offer plus leftovers, on every scale.
    n = MAXN
    half = n // 2
    offers = []
    for _ in range(MAXM // 4):
        big = rng.sample(range(1, n + 1), n - 2)
        offers.append((rng.randint(n - 2, 2 * n), big))
        left = rng.sample(range(1, n + 1), half)
        right = [i for i in range(1, n + 1) if i not in left]
        cost = rng.randint(half, 2 * half)
        offers += [(cost, left), (cost + rng.randint(0, 2), right)]
        offers.append((rng.randint(n, 3 * n), [rng.randint(1, n)]))
    out = render(n, relabel(n, offers[:MAXM]))
elif mode == "max":
    kind = opts["kind"]
    size_hi = {"random": None, "small_sets": 3, "impossible": None}[kind]
    offers = covering(MAXN, MAXM, MAXCOST, size_hi)
    out = render(MAXN, uncover(MAXN, offers) if kind == "impossible" else offers)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(MAXN + 1, [(1, list(range(1, MAXN + 2)))]),
        "item_too_big": lambda: "2 1\n3 2\n1 3\n",
        "repeated_item": lambda: "3 1\n3 2\n2 2\n",
        "cost_zero": lambda: "2 1\n0 2\n1 2\n",
        "size_mismatch": lambda: "3 1\n3 3\n1 2\n",
        "not_increasing": lambda: "3 1\n3 2\n2 1\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
