"""Test generator for knapsack.sets (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N M W", then N lines "g w v" (item in set g, weight w, value v); every set 1..M has at least one item.
Params: max_n, max_w, max_wi, max_vi. Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_W, MAX_WI, MAX_VI = (int(opts[k]) for k in ("max_n", "max_w", "max_wi", "max_vi"))
rng = random.Random(seed)


def render(cap, items):
    """items: (set, weight, value); sets are renumbered 1..M in order of first appearance after a shuffle."""
    m = len({g for g, _, _ in items})
    return f"{len(items)} {m} {cap}\n" + "".join(f"{g} {w} {v}\n" for g, w, v in items)


def build(n, m, whi, vhi, wlo=1):
    labels = list(range(1, m + 1)) + [rng.randint(1, m) for _ in range(n - m)]
    rng.shuffle(labels)
    return [(g, rng.randint(wlo, min(whi, MAX_WI)), rng.randint(1, min(vhi, MAX_VI))) for g in labels]


def with_heavy(items, share=0.1):
    """Some items (about `share`) made heavy, their weight in the top tenth of its range, with a large value."""
    out = list(items)
    for i in rng.sample(range(len(out)), max(1, int(len(out) * share))):
        out[i] = out[i][:-2] + (rng.randint(MAX_WI - MAX_WI // 10, MAX_WI), rng.randint(MAX_VI // 2, MAX_VI))
    return out


def best(cap, items, whole=True, combine=False):
    """The largest total value: per set nothing, one item or (whole=True) every item. combine=True lets the
    options of a set be combined like separate items (a wrong table updated in place)."""
    top = [0] + [-1] * cap  # top[x]: the best value of total weight exactly x, -1 when none
    for g in sorted({g for g, _, _ in items}):
        members = [(w, v) for h, w, v in items if h == g]
        options = members + ([(sum(w for w, _ in members), sum(v for _, v in members))] if whole else [])
        if combine:
            for w, v in options:
                for x in range(cap, w - 1, -1):
                    if top[x - w] >= 0:
                        top[x] = max(top[x], top[x - w] + v)
        else:
            top = [max([top[x]] + [top[x - w] + v for w, v in options if w <= x and top[x - w] >= 0])
                   for x in range(cap + 1)]
    return max(top)


def small():
    n = rng.randint(1, 8)
    m = rng.randint(1, n)
    items = build(n, m, rng.choice([5, 10, 20]), rng.choice([10, 100]))
    total = sum(w for _, w, _ in items)
    return render(rng.randint(1, max(1, total)), items)


def edge(kind):
    if kind == "single":
        return render(rng.randint(5, 9), [(1, rng.randint(1, 5), rng.randint(1, 50))])
    if kind == "single_too_heavy":
        return render(3, [(1, 4, 10)])
    if kind == "one_set":  # all items in one set: the whole set or the best single item
        items = build(rng.randint(3, 6), 1, 10, 30)
        return render(sum(w for _, w, _ in items) - rng.randint(0, 1), items)
    if kind == "all_alone":  # every set holds one item: a plain 0/1 knapsack
        n = rng.randint(3, 8)
        return render(rng.randint(5, 25), [(i + 1, rng.randint(1, 9), rng.randint(1, 40)) for i in range(n)])
    if kind == "nothing_fits":
        return render(4, [(1, 5, 9), (1, 6, 3), (2, 7, 8)])
    if kind == "exact_whole":  # the whole set fits exactly W
        return render(9, [(1, 2, 5), (1, 3, 5), (1, 4, 5), (2, 8, 12)])
    if kind == "max_weights":
        return render(MAX_W, [(1, MAX_WI, MAX_VI), (1, MAX_WI, MAX_VI), (2, MAX_WI, 1)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "two_of_a_set":  # two light items of one set would fit together, but only one (or all three) may go
        return render(10, [(1, 5, 10), (1, 5, 10), (1, 6, 1), (2, 9, 11)])
    if kind == "whole_beats_single":  # the whole set (3 light items) is better than any single item or other set
        return render(9, [(1, 3, 7), (1, 3, 7), (1, 3, 7), (2, 9, 15), (3, 5, 9)])
    if kind == "item_plus_whole":  # one item plus the rest of the set as "whole" must not mix
        return render(12, [(1, 4, 6), (1, 4, 6), (1, 4, 6), (1, 8, 1), (2, 4, 5)])
    if kind == "random_dense":  # many small sets where pairs would pay off
        items = build(12, 4, 6, 50)
        return render(rng.randint(8, 20), items)
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    good = [(1, 3, 4), (2, 2, 5), (1, 4, 1)]
    rows = "".join(f"{g} {w} {v}\n" for g, w, v in good)
    return {
        "n_too_big": f"{MAX_N + 1} 1 5\n" + "1 1 1\n" * (MAX_N + 1),
        "w_too_big": f"3 2 {MAX_W + 1}\n" + rows,
        "weight_zero": "3 2 6\n1 0 4\n2 2 5\n1 4 1\n",
        "value_too_big": f"3 2 6\n1 3 {MAX_VI + 1}\n2 2 5\n1 4 1\n",
        "set_out_of_range": "3 2 6\n1 3 4\n3 2 5\n1 4 1\n",
        "empty_set": "3 3 6\n1 3 4\n2 2 5\n1 4 1\n",
        "missing_item": "3 2 6\n1 3 4\n2 2 5\n",
        "double_space": "3 2  6\n" + rows,
    }[kind]


if mode == "sample":
    # Redrawn until forgetting the whole set, and letting the options of one set combine (two of its items, or an
    # item and the whole set), both answer otherwise.
    while True:
        n = rng.randint(3, 8)
        items = build(n, rng.randint(1, n - 1), rng.choice([5, 10, 20]), rng.choice([10, 100]))
        cap = rng.randint(1, sum(w for _, w, _ in items))
        right = best(cap, items)
        if right not in (best(cap, items, whole=False), best(cap, items, combine=True)):
            break
    out = render(cap, items)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(30, MAX_N // 2)
    out = render(rng.randint(MAX_W // 4, MAX_W), build(n, rng.randint(n // 6, n // 2), MAX_WI // 5, MAX_VI))
elif mode == "max":
    kind = opts["kind"]
    if kind == "many_sets":  # many sets of 1-3 items
        items = build(MAX_N, MAX_N // 2, MAX_WI // 8, MAX_VI)
    elif kind == "few_sets":  # few large sets: whole sets are heavy
        items = build(MAX_N, 8, MAX_WI // 10, MAX_VI)
    elif kind == "heavy":  # many sets as above, some items heavy (w_i near its bound)
        items = with_heavy(build(MAX_N, MAX_N // 2, MAX_WI // 8, MAX_VI))
    else:  # light items: a large part of the row is live
        items = build(MAX_N, MAX_N // 3, 300, MAX_VI)
    out = render(MAX_W, items)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
