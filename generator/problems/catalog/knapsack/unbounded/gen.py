"""Test generator for knapsack.unbounded (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N W", then N lines "w v" (every kind may be taken any number of times).
Params: max_n, max_w, max_wi, max_vi. Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_W, MAX_WI, MAX_VI = (int(opts[k]) for k in ("max_n", "max_w", "max_wi", "max_vi"))
rng = random.Random(seed)


def render(cap, items):
    return f"{len(items)} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items)


def rand_items(n, whi, vhi, wlo=1):
    return [(rng.randint(min(wlo, whi), min(whi, MAX_WI)), rng.randint(1, min(vhi, MAX_VI))) for _ in range(n)]


def with_heavy(items, share=0.1):
    """Some items (about `share`) made heavy, their weight in the top tenth of its range, with a large value."""
    out = list(items)
    for i in rng.sample(range(len(out)), max(1, int(len(out) * share))):
        out[i] = out[i][:-2] + (rng.randint(MAX_WI - MAX_WI // 10, MAX_WI), rng.randint(MAX_VI // 2, MAX_VI))
    return out


def small():
    # Few kinds and a small budget, so every combination of amounts can be tried.
    n = rng.randint(1, 4)
    items = rand_items(n, rng.choice([5, 12, 30]), rng.choice([10, 100, MAX_VI]))
    return render(rng.randint(1, rng.choice([10, 25, 40])), items)


def best_value(cap, items, once=False):
    """The largest total value within cap (once=True: each kind at most once, a wrong 0/1 reading)."""
    best = [0] * (cap + 1)
    for w, v in items:
        for x in (range(cap, w - 1, -1) if once else range(w, cap + 1)):
            best[x] = max(best[x], best[x - w] + v)
    return best[cap]


def ratio_first(cap, items):
    """As many of the best value per weight as fit, then the next (a wrong greedy)."""
    total = 0
    for w, v in sorted(items, key=lambda it: it[1] / it[0], reverse=True):
        total, cap = total + cap // w * v, cap % w
    return total


def edge(kind):
    if kind == "nothing_fits":
        return render(3, [(4, 7), (5, 9)])
    if kind == "exact_multiple":  # the only kind fits exactly W / w times
        w = rng.randint(2, 9)
        return render(w * rng.randint(2, 6), [(w, rng.randint(1, 50))])
    if kind == "leftover":  # one kind, W not a multiple of w: the rest is wasted
        w = rng.randint(3, 9)
        return render(w * rng.randint(2, 5) + rng.randint(1, w - 1), [(w, rng.randint(1, 50))])
    if kind == "unit":
        return render(rng.randint(1, 30), [(1, 1)])
    if kind == "single_budget":
        return render(1, [(1, MAX_VI), (2, MAX_VI)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "reuse_beats_once":  # 0/1 thinking takes each kind once; the best is one kind many times
        return render(12, [(3, 5), (4, 6), (12, 16)])
    if kind == "ratio_trap":  # best ratio first leaves room that the other kinds fill better
        return render(10, [(6, 13), (5, 10)])
    if kind == "most_valuable_first":
        return render(6, [(6, 10), (2, 4)])
    if kind == "mixed":  # the optimum mixes kinds: 7 = 3 + 4 (not 2 of one kind)
        return render(7, [(3, 4), (4, 5), (2, 2)])
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    head, *rows = small().rstrip("\n").split("\n")
    n, cap = map(int, head.split())
    first = rows[0].split()
    rest = "".join(r + "\n" for r in rows[1:])
    return {
        "n_too_big": f"{MAX_N + 1} 5\n" + "1 1\n" * (MAX_N + 1),
        "w_too_big": f"{n} {MAX_W + 1}\n" + "".join(r + "\n" for r in rows),
        "weight_zero": f"{n} {cap}\n0 {first[1]}\n" + rest,
        "value_too_big": f"{n} {cap}\n{first[0]} {MAX_VI + 1}\n" + rest,
        "missing_item": f"{n} {cap}\n" + "".join(r + "\n" for r in rows[:-1]),
        "missing_number": f"{n} {cap}\n{first[0]}\n" + rest,
        "double_space": f"{n}  {cap}\n" + "".join(r + "\n" for r in rows),
    }[kind]


if mode == "sample":
    # Redrawn until filling the bag by the best value per weight first, and taking each kind at most once, both
    # fall short of the best.
    while True:
        cap = rng.randint(6, rng.choice([15, 25, 40]))
        items = rand_items(rng.randint(2, 4), rng.choice([5, 12, 30]), rng.choice([10, 100]))
        best = best_value(cap, items)
        if ratio_first(cap, items) < best and best_value(cap, items, once=True) < best:
            break
    out = render(cap, items)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render(rng.randint(MAX_W // 4, MAX_W), rand_items(min(MAX_N, 40), MAX_WI // 4, MAX_VI))
elif mode == "max":
    if opts["kind"] == "light":  # light kinds: long chains of reuse
        out = render(MAX_W, rand_items(MAX_N, 50, MAX_VI))
    elif opts["kind"] == "top":  # light kinds and some heavy ones (w_i near its bound) with large values
        out = render(MAX_W, with_heavy(rand_items(MAX_N, 50, MAX_VI)))
    else:
        out = render(MAX_W, rand_items(MAX_N, MAX_WI // 3, MAX_VI))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
