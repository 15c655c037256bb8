"""Test generator for greedy.assign_tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N M", then s_1 .. s_N, then d_1 .. d_M. Params: max_n, max_v.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_V = int(opts["max_n"]), int(opts["max_v"])
rng = random.Random(seed)


def render(helpers, jobs):
    return f"{len(helpers)} {len(jobs)}\n" + " ".join(map(str, helpers)) + "\n" + " ".join(map(str, jobs)) + "\n"


def values(k, hi, lo=1):
    return [rng.randint(lo, hi) for _ in range(k)]


def pairs(helpers, jobs, strict=False):
    """The most pairs: the weakest helpers take the easiest jobs they can (strict=True needs s > d, a wrong
    reading)."""
    jobs, done = sorted(jobs), 0
    for s in sorted(helpers):
        if done < len(jobs) and (s > jobs[done] or (not strict and s == jobs[done])):
            done += 1
    return done


def small():
    hi = rng.choice([5, 10, 30])
    return render(values(rng.randint(1, 7), hi), values(rng.randint(1, 7), hi))


def edge(kind):
    if kind == "none":  # every helper weaker than every job
        return render(values(4, 5), values(3, 20, 6))
    if kind == "all_equal":  # equal values pair up
        v = rng.randint(1, 50)
        return render([v] * 5, [v] * 3)
    if kind == "single_yes":
        v = rng.randint(1, 50)
        return render([v], [v])
    if kind == "single_no":
        v = rng.randint(2, 50)
        return render([v - 1], [v])
    if kind == "more_jobs":
        return render(values(3, 100, 50), values(7, 40))
    if kind == "max_values":
        return render([MAX_V, 1], [MAX_V, MAX_V, 1])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "zip_trap":  # weak helpers first shift the position-by-position pairing
        return render([1, 1, 1, 5, 6, 7], [4, 5, 6])
    if kind == "strong_on_easy":  # giving a strong helper an easy job wastes it
        return render([9, 3], [2, 8])
    if kind == "zip_random":
        return render(values(8, 10) + values(3, 2), values(5, 10))
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    return {
        "n_too_big": render([1] * (MAX_N + 1), [1]),
        "m_too_big": render([1], [1] * (MAX_N + 1)),
        "value_zero": render([3, 0], [2]),
        "value_too_big": render([3, 4], [MAX_V + 1]),
        "missing_job": "2 2\n3 4\n2\n",
        "double_space": "2 1\n3  4\n2\n",
        "extra_line": "2 1\n3 4\n2\n5\n",
    }[kind]


if mode == "sample":
    # Redrawn until each sample refutes both tempting readings: some pair must have s equal to d ("s >= d" read as
    # "s > d" pairs fewer), and pairing the sorted lists position by position pairs fewer (on 2 of 20 seeds both
    # samples let that one through).
    while True:
        hi = rng.choice([5, 10, 30])
        helpers, jobs = values(rng.randint(2, 7), hi), values(rng.randint(2, 7), hi)
        best = pairs(helpers, jobs)
        by_position = sum(s >= d for s, d in zip(sorted(helpers), sorted(jobs)))
        if pairs(helpers, jobs, strict=True) < best and by_position < best:
            break
    out = render(helpers, jobs)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    hi = rng.choice([100, MAX_V])
    out = render(values(rng.randint(100, 3000), hi), values(rng.randint(100, 3000), hi))
elif mode == "max":
    kind = opts["kind"]
    if kind == "easy_jobs":  # every job is easy: a scan from the start walks over all used helpers
        out = render(values(MAX_N, MAX_V), values(MAX_N, 1000))
    elif kind == "balanced":
        out = render(values(MAX_N, MAX_V), values(MAX_N, MAX_V))
    else:  # hard jobs, strong helpers few: many helpers left over
        out = render(values(MAX_N, MAX_V // 2), values(MAX_N, MAX_V, MAX_V // 4))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
