"""Test generator for prefix_sums.first_reach (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N T", then A_1 .. A_N (values may be negative, T >= 1). Params: max_n, max_a, max_t.
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A, MAX_T = int(opts["max_n"]), int(opts["max_a"]), int(opts["max_t"])
rng = random.Random(seed)


def render(a, t):
    return f"{len(a)} {t}\n" + " ".join(map(str, a)) + "\n"


def vals(n, bound, lean=0):
    """Values in [-bound, bound]; lean > 0 shifts them upwards so running totals tend to grow."""
    bound = min(bound, MAX_A)
    return [max(-bound, min(bound, rng.randint(-bound, bound) + lean)) for _ in range(n)]


def prefixes(a):
    out, total = [], 0
    for v in a:
        total += v
        out.append(total)
    return out


def target_for(a):
    """Mostly a running total that really occurs (ties with T), sometimes one more, sometimes anything."""
    positive = [s for s in prefixes(a) if 1 <= s <= MAX_T]
    roll = rng.random()
    if positive and roll < 0.6:
        return rng.choice(positive)
    if positive and roll < 0.8:
        return min(MAX_T, rng.choice(positive) + 1)
    top = max([1] + prefixes(a))
    return rng.randint(1, min(MAX_T, top + 5))


def case(size, bound):
    n = rng.randint(1, min(size, MAX_N))
    a = vals(n, bound, lean=rng.choice([0, bound // 3]))
    return render(a, target_for(a))


def sample():
    n = rng.randint(6, 9)
    while True:
        a = vals(n, 9, lean=2)
        s = prefixes(a)
        good = [v for v in s if v >= 1]
        if good:
            t = rng.choice(good)
            if s.index(next(v for v in s if v >= t)) >= 2:  # the answer is not at the very start
                return render(a, t)


def edge(kind):
    n = rng.randint(4, 9)
    if kind == "one_hit":
        return render([MAX_A], MAX_A)
    if kind == "one_miss":
        return render([-MAX_A], 1)
    if kind == "exact":  # a running total equals T exactly before any exceeds it
        a = [rng.randint(1, 9) for _ in range(n)]
        return render(a, prefixes(a)[n // 2])
    if kind == "never":  # the total gets close but never reaches T
        a = [rng.randint(1, 9) for _ in range(n)]
        return render(a, sum(a) + 1)
    if kind == "at_last":
        a = [rng.randint(1, 9) for _ in range(n)]
        return render(a, sum(a))
    if kind == "all_negative":
        return render([-rng.randint(1, 9) for _ in range(n)], 1)
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "reach_then_fall":  # reaches T early, falls back, reaches it again later
        return render([3, 4, -6, -1, 2, 5, 1], 7)
    if kind == "big_value_later":  # a single value >= T comes after the running total already reached T
        return render([2, 2, 2, 9, -5], 6)
    if kind == "touch_twice":  # the total equals T, drops, then exceeds it: "> T" answers too late
        return render([5, 0, -2, 4, 3], 5)
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "late":  # a long walk that reaches its highest total only near the end
        a = vals(MAX_N, MAX_A)
        a[-1] = MAX_A
        s = prefixes(a)
        top = max(s)
        return render(a, max(1, min(MAX_T, top)))
    # the largest T: every value at or just under its largest (seeded: each problem its own test), T the whole
    # sum, reached at the last position
    a = [MAX_A] + [MAX_A - rng.randint(0, 3) for _ in range(MAX_N - 1)]
    return render(a, min(MAX_T, sum(a)))


def invalid(kind):
    a = vals(rng.randint(4, 8), 9)
    n = len(a)
    return {
        "n_too_big": render([1] * (MAX_N + 1), 5),
        "a_too_big": render(a[:-1] + [MAX_A + 1], 3),
        "a_too_small": render([-MAX_A - 1] + a[1:], 3),
        "t_zero": render(a, 0),
        "t_too_big": render(a, MAX_T + 1),
        "missing_value": f"{n} 3\n" + " ".join(map(str, a[:-1])) + "\n",
        "double_space": f"{n}  3\n" + " ".join(map(str, a)) + "\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "small":
    out = case(int(opts["size"]), rng.choice([3, 9, MAX_A]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(MAX_N, MAX_A)
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
