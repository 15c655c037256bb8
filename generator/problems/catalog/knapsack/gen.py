"""Test generator for the knapsack tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (fill | zero_one | bounded | value_dp), max_n, max_w, max_wi, max_vi, max_ci.
Formats: fill "N W" then the N weights on one line; zero_one / value_dp "N W" then N lines "w v"; bounded
"N W" then N lines "w v c".
Modes: sample, classic, small lo= hi=, counts, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys
from itertools import product

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAX_N, MAX_W, MAX_WI = int(opts["max_n"]), int(opts["max_w"]), int(opts["max_wi"])
MAX_VI, MAX_CI = int(opts.get("max_vi", "1")), int(opts.get("max_ci", "1"))
BOUNDED, FILL = VARIANT == "bounded", VARIANT == "fill"
rng = random.Random(seed)


def render(cap, items):
    if FILL:
        return f"{len(items)} {cap}\n" + " ".join(str(w) for w, _, _ in items) + "\n"
    rows = [f"{w} {v} {c}" if BOUNDED else f"{w} {v}" for w, v, c in items]
    return f"{len(items)} {cap}\n" + "".join(r + "\n" for r in rows)


def rand_items(n, whi, vhi, chi=1, wlo=1, vlo=1):
    whi, vhi, chi = min(whi, MAX_WI), min(vhi, MAX_VI), min(chi, MAX_CI)
    return [(rng.randint(min(wlo, whi), whi), rng.randint(min(vlo, vhi), vhi),
             rng.randint(1, chi) if BOUNDED else 1) for _ in range(n)]


def small_case(nlo, nhi, fits=False):
    # Small enough for the brute force: few items, few copies of each.
    n = rng.randint(nlo, min(nhi, MAX_N))
    if VARIANT == "value_dp":
        scale = rng.choice([1, 1000, 10 ** 6, 10 ** 8])
        items = rand_items(n, 9 * scale, rng.choice([10, MAX_VI]), wlo=scale)
    else:
        whi = min(MAX_WI, rng.choice([10, 30, 100]))
        items = rand_items(n, whi, rng.choice([10, 100, MAX_VI]), 3 if n <= 5 else 2)
    lightest = min(w for w, _, _ in items) if fits else 1
    cap = rng.randint(lightest, min(MAX_W, max(lightest, sum(w * c for w, _, c in items))))
    return render(cap, items)


def sample():
    if FILL:
        # Weights where the heaviest-first greedy does not fill the bag best.
        n = rng.randint(4, 6)
        items = rand_items(n, min(MAX_WI, 30), 1, wlo=3)
        total = sum(w for w, _, _ in items)
        return render(rng.randint(total // 3, max(total // 3, total - 1)), items)
    while True:  # redrawn until taking the most valuable items first (as many as fit) is not best
        text = small_case(3, 5, fits=True)
        cap, items = parse(text)
        if value_first(cap, items) < best_value(cap, items):
            return text


def parse(text):
    """(W, [(w, v, c)]) of a zero_one, value_dp or bounded input."""
    lines = text.split("\n")
    cap = int(lines[0].split()[1])
    items = [tuple(map(int, line.split())) for line in lines[1:] if line]
    return cap, [(t[0], t[1], t[2] if len(t) > 2 else 1) for t in items]


def best_value(cap, items):
    """The largest total value within W, by trying every choice of counts (small inputs only)."""
    choices = product(*(range(c + 1) for _, _, c in items))
    return max(sum(k * v for k, (_, v, _) in zip(taken, items)) for taken in choices
               if sum(k * w for k, (w, _, _) in zip(taken, items)) <= cap)


def value_first(cap, items):
    """Most valuable items first (lighter first among equal values), as many of each as fit (a wrong greedy)."""
    total = 0
    for w, v, c in sorted(items, key=lambda it: (-it[1], it[0])):
        take = min(c, cap // w)
        cap -= take * w
        total += take * v
    return total


def classic():
    # The classic case where the best value per weight first is not optimal (varied per draft by scaling).
    k = rng.randint(1, max(1, min(MAX_W // 50, MAX_WI // 30, 2 * 10 ** 7)))
    items = [(10 * k, 30, 1), (20 * k, 50, 1), (30 * k, 60, 1)]
    if FILL:
        items = [(3 * k, 0, 1), (3 * k, 0, 1), (4 * k, 0, 1), (5 * k, 0, 1)]  # W = 6k: 3+3 beats 5 and 4
        rng.shuffle(items)
        return render(6 * k, items)
    rng.shuffle(items)
    return render(50 * k, items)


def counts():
    # Bounded: few kinds with many copies, so the split of every count into 1, 2, 4, ..., rest matters.
    n = rng.randint(1, 3)
    items = [(rng.randint(1, 12), rng.randint(1, 40), rng.randint(1, min(MAX_CI, 12))) for _ in range(n)]
    total = sum(w * c for w, _, c in items)
    return render(rng.randint(1, min(MAX_W, total)), items)


def edge(kind):
    if kind == "nothing_fits":
        return render(1, [(min(2, MAX_WI), 1, 1)])
    if kind == "exact_limit":
        return render(MAX_W, [(MAX_WI, MAX_VI, 1)])
    if kind == "smallest_budget":
        return render(1, [(1, MAX_VI, MAX_CI if BOUNDED else 1)])
    if kind == "all_equal":
        same = (rng.randint(1, 9) * (10 ** 7 if VARIANT == "value_dp" else 1), rng.randint(1, MAX_VI), 3 if BOUNDED else 1)
        return render(same[0] * rng.randint(1, 6), [same] * 6)
    if kind == "everything_fits":
        return render(MAX_W, rand_items(min(MAX_N, 8), MAX_WI // 10 or 1, MAX_VI))
    if kind == "single":
        w = rng.randint(1, min(MAX_WI, 50))
        return render(rng.randint(max(1, w - 1), w), [(w, rng.randint(1, MAX_VI), 1)])  # fits or misses by one
    if kind == "one_short":
        # Everything together weighs W + 1: one item must be left out.
        items = rand_items(min(MAX_N, 6), 20, MAX_VI)
        return render(sum(w for w, _, _ in items) - 1, items)
    if kind == "max_few_fit":
        return render(MAX_W, [(MAX_WI, MAX_VI, 3 if BOUNDED else 1)] * MAX_N)
    if kind == "budget_below_count":  # W < N, light items (some fit): a reader that mixes up N and W misreads it
        n = rng.randint(min(MAX_N, 4), MAX_N)
        return render(rng.randint(1, max(1, min(MAX_W, n - 1))), rand_items(n, 3, MAX_VI))
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    u = rng.randint(1, max(1, MAX_W // 5))
    if VARIANT == "value_dp":
        u = rng.randint(1, 9) * 10 ** 7
    if kind == "ratio_blocks_big":
        big = min(MAX_W, MAX_WI) if VARIANT != "value_dp" else rng.randint(MAX_W // 2, MAX_W)
        vb = rng.randint(max(2, MAX_VI // 2), MAX_VI)
        return render(big, [(1, vb // big + 1, 1), (big, vb, 1)])
    if kind == "most_valuable_first":
        return render(2 * u, [(2 * u, 10, 1), (u, 6, 1), (u, 6, 1)])
    if kind == "ratio_first":
        x = 1 if VARIANT == "value_dp" else rng.randint(1, max(1, MAX_VI // 12))
        return render(5 * u, [(u, 6 * x, 1), (2 * u, 10 * x, 1), (3 * u, 12 * x, 1)])
    if kind == "reuse_trap":
        return render(5, [(1, 10, 1)] if not BOUNDED else [(1, 10, 2), (5, 20, 1)])
    if kind == "count_trap":
        return render(12, [(4, 9, 3), (3, 5, 1), (6, 10, 2)])  # taking a kind once is not enough
    if kind == "whole_budget":
        big = rng.randint(MAX_W // 2, MAX_W)
        return render(big, [(big, rng.randint(1, MAX_VI), 1)])
    if kind == "everything_exactly":
        parts = rand_items(rng.randint(12, 20), MAX_WI // 50, MAX_VI, wlo=MAX_WI // 100)
        return render(sum(w for w, _, _ in parts), parts)
    if kind == "heaviest_first":
        # fill: heaviest-first takes 7 and is stuck, 5+5 fills W = 10 (scaled).
        k = rng.randint(1, max(1, MAX_WI // 10))
        items = [(7 * k, 0, 1), (5 * k, 0, 1), (5 * k, 0, 1), (2 * k + 1, 0, 1)]
        rng.shuffle(items)
        return render(10 * k, items)
    raise SystemExit(f"unknown anti kind {kind}")


def random_case():
    mid_n = min(MAX_N, 40)
    if VARIANT == "value_dp":
        return render(rng.randint(MAX_W // 10, MAX_W), rand_items(mid_n, MAX_WI // 10, MAX_VI, wlo=MAX_WI // 1000))
    if BOUNDED:
        return render(rng.randint(100, 1000), rand_items(mid_n, 60, MAX_VI, 20))
    return render(rng.randint(MAX_W // 4, MAX_W), rand_items(mid_n, MAX_WI // 4 or 1, MAX_VI))


def max_case(kind):
    if VARIANT == "value_dp":
        if kind == "a":  # many items fit (so subsets explode) and every value is large (a long value table)
            return render(MAX_W, rand_items(MAX_N, 2 * MAX_W // MAX_N, MAX_VI, vlo=MAX_VI - 50))
        if kind == "c":  # a tenth of the items heavy (w_i in the top tenth of its range, large values), the rest
            # light: a heavy item fits only beside light ones whose total is at most W minus its weight
            heavy = rand_items(MAX_N // 10, MAX_WI, MAX_VI, wlo=MAX_WI - MAX_WI // 10 + 1, vlo=MAX_VI // 2)
            items = heavy + rand_items(MAX_N - len(heavy), MAX_WI // 200, MAX_VI)
            rng.shuffle(items)
            return render(MAX_W, items)
        return render(MAX_W - rng.randint(0, 1000), rand_items(MAX_N, MAX_WI // 20, MAX_VI))
    if BOUNDED:
        if kind == "a":
            return render(MAX_W, rand_items(MAX_N, 10, MAX_VI, MAX_CI))
        return render(MAX_W, [(w, v, rng.randint(MAX_CI // 2, MAX_CI)) for w, v, _ in rand_items(MAX_N, 60, MAX_VI)])
    if FILL and kind == "full":
        # Heavy weights and W in the top tenth of its range, below their total: which ones to leave out?
        while True:
            items = rand_items(MAX_N, MAX_WI, 1, wlo=MAX_WI * 3 // 4)
            cap = min(MAX_W, sum(w for w, _, _ in items) - rng.randint(MAX_WI // 4, MAX_WI))
            if cap > MAX_W - MAX_W // 10:
                return render(cap, items)
    if FILL:
        # Many mid-size weights: the best fill is rarely the greedy one, and all 2^N subsets are needed.
        items = rand_items(MAX_N, MAX_WI, 1, wlo=MAX_WI // 3)
        return render(min(MAX_W, sum(w for w, _, _ in items) // 2 + 1), items)
    if kind == "a":
        return render(MAX_W, rand_items(MAX_N, max(1, MAX_WI // 20), MAX_VI))
    return render(MAX_W, rand_items(MAX_N, MAX_WI // 4 or 1, MAX_VI))


def invalid(kind):
    base = sample()
    head, *rows = base.rstrip("\n").split("\n")
    n0, cap0 = map(int, head.split())
    if kind == "n_too_big":
        if FILL:
            return f"{MAX_N + 1} {MAX_W}\n" + " ".join(["1"] * (MAX_N + 1)) + "\n"
        per = "1 1 1" if BOUNDED else "1 1"
        return f"{MAX_N + 1} {MAX_W}\n" + f"{per}\n" * (MAX_N + 1)
    if kind == "w_too_big":
        return f"{n0} {MAX_W + 1}\n" + "\n".join(rows) + "\n"
    if kind == "weight_zero":
        first = rows[0].split()
        return f"{n0} {cap0}\n" + " ".join(["0"] + first[1:]) + "\n" + "".join(r + "\n" for r in rows[1:])
    if kind == "weight_too_big":
        first = rows[0].split()
        return f"{n0} {cap0}\n" + " ".join([str(MAX_WI + 1)] + first[1:]) + "\n" + "".join(r + "\n" for r in rows[1:])
    if kind == "value_too_big":
        first = rows[0].split()
        return f"{n0} {cap0}\n" + " ".join([first[0], str(MAX_VI + 1)] + first[2:]) + "\n" + "".join(r + "\n" for r in rows[1:])
    if kind == "count_too_big":
        first = rows[0].split()
        return f"{n0} {cap0}\n" + " ".join(first[:2] + [str(MAX_CI + 1)]) + "\n" + "".join(r + "\n" for r in rows[1:])
    if kind == "missing_item":
        if FILL:
            return f"{n0} {cap0}\n" + " ".join(rows[0].split()[:-1]) + "\n"
        return f"{n0} {cap0}\n" + "".join(r + "\n" for r in rows[:-1])
    if kind == "missing_number":
        first = rows[0].split()
        return f"{n0} {cap0}\n" + " ".join(first[:-1]) + "\n" + "".join(r + "\n" for r in rows[1:])
    if kind == "double_space":  # (a missing final newline cannot be expressed: the loader adds one)
        return base.replace(" ", "  ", 1)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = sample()
elif mode == "classic":
    out = classic()
elif mode == "small":
    out = small_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "counts":
    out = counts()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = random_case()
elif mode == "max":
    out = max_case(opts.get("kind", "a"))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
