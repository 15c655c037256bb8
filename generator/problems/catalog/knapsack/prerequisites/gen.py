"""Test generator for knapsack.prerequisites (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N W", then N lines "p w v" (p = 0: no prerequisite; else item p must be taken too); the prerequisites
form a forest (no cycles). Labels are shuffled, so a prerequisite may have a larger number than its item.
Params: max_n, max_w, max_wi, max_vi. Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_W, MAX_WI, MAX_VI = (int(opts[k]) for k in ("max_n", "max_w", "max_wi", "max_vi"))
rng = random.Random(seed)


def render(cap, parents, items, shuffle=True):
    """parents[k] in 0..k (k-th item, 1-based, 0 = none), items[k] = (w, v); labels shuffled when asked."""
    n = len(items)
    label = list(range(1, n + 1))
    if shuffle:
        rng.shuffle(label)
    rows = [None] * n
    for k in range(n):
        p = parents[k]
        rows[label[k] - 1] = (label[p - 1] if p else 0, *items[k])
    return f"{n} {cap}\n" + "".join(f"{p} {w} {v}\n" for p, w, v in rows)


def forest(n, shape):
    """parents[k] for k = 1..n (list index k-1), each pointing to an earlier item or 0."""
    if shape == "chain":
        return [k for k in range(n)]
    if shape == "star":
        return [0] + [1] * (n - 1)
    if shape == "flat":
        return [0] * n
    roots = rng.uniform(0.05, 0.4)
    return [0 if k == 0 or rng.random() < roots else rng.randint(1, k) for k in range(n)]


def items_for(n, whi, vhi):
    return [(rng.randint(1, min(whi, MAX_WI)), rng.randint(1, min(vhi, MAX_VI))) for _ in range(n)]


def with_heavy(items, share=0.1):
    """Some items (about `share`) made heavy, their weight in the top tenth of its range, with a large value."""
    out = list(items)
    for i in rng.sample(range(len(out)), max(1, int(len(out) * share))):
        out[i] = out[i][:-2] + (rng.randint(MAX_WI - MAX_WI // 10, MAX_WI), rng.randint(MAX_VI // 2, MAX_VI))
    return out


def small():
    n = rng.randint(1, 9)
    its = items_for(n, rng.choice([5, 10]), rng.choice([10, 100]))
    return render(rng.randint(1, max(1, sum(w for w, _ in its))), forest(n, rng.choice(["random", "random", "chain"])), its)


def best(cap, parents, items, ignore_parents=False):
    """The largest total value, by trying every set of items (small inputs only)."""
    n, top = len(items), 0
    for mask in range(1 << n):
        chosen = [k for k in range(n) if mask >> k & 1]
        if sum(items[k][0] for k in chosen) <= cap and (ignore_parents or all(
                not parents[k] or mask >> (parents[k] - 1) & 1 for k in chosen)):
            top = max(top, sum(items[k][1] for k in chosen))
    return top


def edge(kind):
    if kind == "single":
        return render(5, [0], [(rng.randint(1, 5), rng.randint(1, 30))])
    if kind == "single_too_heavy":
        return render(4, [0], [(5, 9)])
    if kind == "root_too_heavy":  # the valuable children are locked behind a root that does not fit
        return render(10, [0, 1, 1, 0], [(11, 1), (2, 50), (3, 60), (9, 5)])
    if kind == "chain_exact":  # a chain whose prefix fits exactly W
        return render(9, [0, 1, 2, 3], [(2, 1), (3, 1), (4, 20), (1, 30)])
    if kind == "flat":  # no prerequisites: a plain 0/1 knapsack
        n = 8
        return render(rng.randint(8, 20), forest(n, "flat"), items_for(n, 9, 40))
    if kind == "max_weights":
        return render(MAX_W, [0, 1, 1], [(MAX_WI, MAX_VI), (1, MAX_VI), (1, MAX_VI)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "cheap_child":  # the best items are children of a poor, heavy parent
        return render(10, [0, 1, 0, 0], [(6, 1), (2, 40), (4, 30), (4, 30)])
    if kind == "skip_subtree":  # skipping a parent must also skip its children, even deep ones
        return render(6, [0, 1, 2, 0], [(5, 1), (1, 1), (1, 100), (6, 50)])
    if kind == "deep_chain":
        n = 9
        return render(rng.randint(10, 30), forest(n, "chain"), items_for(n, 6, 50), shuffle=True)
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    good = "3 6\n0 2 5\n1 3 4\n1 2 2\n"
    return {
        "n_too_big": f"{MAX_N + 1} 5\n" + "0 1 1\n" * (MAX_N + 1),
        "w_too_big": f"3 {MAX_W + 1}\n0 2 5\n1 3 4\n1 2 2\n",
        "weight_zero": "3 6\n0 0 5\n1 3 4\n1 2 2\n",
        "value_too_big": f"3 6\n0 2 {MAX_VI + 1}\n1 3 4\n1 2 2\n",
        "parent_out_of_range": "3 6\n0 2 5\n4 3 4\n1 2 2\n",
        "self_parent": "3 6\n0 2 5\n2 3 4\n1 2 2\n",
        "cycle": "3 6\n3 2 5\n1 3 4\n2 2 2\n",
        "missing_item": "3 6\n0 2 5\n1 3 4\n",
        "double_space": good.replace("0 2 5", "0  2 5"),
    }[kind]


if mode == "sample":  # redrawn until a plain 0/1 knapsack that ignores the prerequisites gets more
    while True:
        n = rng.randint(4, 9)
        its = items_for(n, rng.choice([5, 10]), rng.choice([10, 100]))
        parents = forest(n, rng.choice(["random", "random", "chain"]))
        cap = rng.randint(1, max(1, sum(w for w, _ in its)))
        if best(cap, parents, its, ignore_parents=True) > best(cap, parents, its):
            break
    out = render(cap, parents, its)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(20, MAX_N // 2)
    out = render(rng.randint(MAX_W // 4, MAX_W), forest(n, "random"), items_for(n, MAX_WI // 10, MAX_VI))
elif mode == "max":
    kind = opts["kind"]
    shape = {"random": "random", "chain": "chain", "star": "star", "flat": "flat", "heavy": "random"}[kind]
    parents = forest(MAX_N, shape)
    items = items_for(MAX_N, MAX_WI // 20, MAX_VI)
    out = render(MAX_W, parents, with_heavy(items) if kind == "heavy" else items)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
