"""Test generator for greedy.timed_deadlines (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N", then N lines "t d" (duration, deadline). Params: max_n, max_t, max_d.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_T, MAX_D = int(opts["max_n"]), int(opts["max_t"]), int(opts["max_d"])
rng = random.Random(seed)


def render(tasks):
    return f"{len(tasks)}\n" + "".join(f"{t} {d}\n" for t, d in tasks)


def small_tasks():
    n = rng.randint(1, 7)
    thi = rng.choice([3, 6, 10])
    return [(rng.randint(1, thi), rng.randint(1, thi * rng.randint(1, 4))) for _ in range(n)]


def small():
    return render(small_tasks())


def most_done(tasks, strict=False, swap=True):
    """Tasks kept in deadline order, dropping the longest kept one when the total passes the deadline. Wrong
    readings: strict=True also drops a task that finishes exactly at its deadline; swap=False never gives up a
    kept task (a task that does not fit is skipped)."""
    kept, total = [], 0
    for d, t in sorted((d, t) for t, d in tasks):
        if not swap and total + t > d:
            continue
        kept.append(t)
        total += t
        if total > d or (strict and total == d):
            kept.remove(max(kept))
            total = sum(kept)
    return len(kept)


def sample(kind):
    """kind=swap: redrawn until skipping a task that does not fit, instead of giving up the longest kept one, does
    fewer tasks; kind=exact: until a task must finish exactly at its deadline."""
    while True:
        tasks = small_tasks()
        if len(tasks) >= 3 and most_done(tasks) > (most_done(tasks, swap=False) if kind == "swap"
                                                   else most_done(tasks, strict=True)):
            return render(tasks)


def edge(kind):
    if kind == "single_exact":
        t = rng.randint(1, 50)
        return render([(t, t)])
    if kind == "single_late":
        t = rng.randint(2, 50)
        return render([(t, t - 1)])
    if kind == "all_late":
        return render([(5, 4), (9, 8), (3, 2)])
    if kind == "all_fit":
        tasks = [(rng.randint(1, 9), 0) for _ in range(6)]
        total = sum(t for t, _ in tasks)
        return render([(t, total + rng.randint(0, 3)) for t, _ in tasks])
    if kind == "equal":  # identical tasks: floor(d / t) of them
        t, d = rng.randint(2, 6), rng.randint(10, 30)
        return render([(t, d)] * 7)
    if kind == "chain_exact":  # each finishes exactly at its deadline in deadline order
        return render([(3, 3), (2, 5), (4, 9), (1, 10)])
    if kind == "max_values":
        return render([(MAX_T, MAX_D), (MAX_T, MAX_T), (MAX_T, MAX_T)])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "long_first":  # a long early task must be dropped for several short ones
        return render([(10, 10), (2, 11), (2, 12), (2, 13)])
    if kind == "swap_out":  # a later shorter task replaces a longer kept one
        return render([(4, 6), (3, 6), (2, 7), (2, 8), (5, 9)])
    if kind == "random_tight":
        n = 7
        tasks = [(rng.randint(1, 8), 0) for _ in range(n)]
        return render([(t, rng.randint(t, 20)) for t, _ in tasks])
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    return {
        "n_zero": "0\n",
        "n_too_big": render([(1, 1)] * (MAX_N + 1)),
        "t_zero": render([(0, 5), (2, 3)]),
        "t_too_big": render([(MAX_T + 1, MAX_D), (2, 3)]),
        "d_too_big": render([(1, MAX_D + 1), (2, 3)]),
        "missing_task": "3\n1 5\n2 3\n",
        "missing_number": "2\n1 5\n2\n",
        "double_space": "2\n1  5\n2 3\n",
    }[kind]


if mode == "sample":
    out = sample(opts["kind"])
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(100, 5000)
    out = render([(rng.randint(1, 1000), rng.randint(1, 300 * n)) for _ in range(n)])
elif mode == "max":
    kind = opts["kind"]
    n = MAX_N
    if kind == "churn":  # about half the tasks fit: the kept set is large and tasks are dropped all the time
        tasks = [(rng.randint(1, 1000), i * 250 + rng.randint(0, 250)) for i in range(1, n + 1)]
        rng.shuffle(tasks)
    elif kind == "huge":  # durations near the limit, deadlines spread up to MAX_D
        tasks = [(rng.randint(MAX_T // 2, MAX_T), rng.randint(MAX_T, MAX_D)) for _ in range(n)]
    else:
        tasks = [(rng.randint(1, MAX_T), rng.randint(1, MAX_D // 1000)) for _ in range(n)]
    out = render(tasks)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
