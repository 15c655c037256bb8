"""Test generator for lis.small_steps (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: N K, then A_1 .. A_N. Params: max_n, max_k, max_a.
Modes: sample, small lo= hi=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_K, MAX_A = int(opts["max_n"]), int(opts["max_k"]), int(opts["max_a"])
rng = random.Random(seed)
r01 = rng.random


def steps(a, may_follow):
    """The most values that can be chosen, each may_follow(previous, next)."""
    best = []
    for j, y in enumerate(a):
        best.append(1 + max((best[i] for i in range(j) if may_follow(a[i], y)), default=0))
    return max(best)


def render(k, values):
    values = [min(MAX_A, max(1, v)) for v in values[:MAX_N]]
    return f"{len(values)} {min(MAX_K, max(1, k))}\n" + " ".join(map(str, values)) + "\n"


def rand_values(n, hi, lo=1):
    hi = min(hi, MAX_A)
    return [lo + int(r01() * (hi - lo + 1)) for _ in range(n)]


def walk(n, k, start=1):
    # A noisy climb: most steps go up by at most about k, some drop; long valid chains and many near misses.
    out, x = [], start
    for _ in range(n):
        x += int(r01() * (2 * k + 2)) - int(k * 0.6)
        x = min(MAX_A, max(1, x))
        out.append(x)
    return out


def small_case(nlo, nhi):
    n = rng.randint(nlo, min(nhi, MAX_N))
    hi = rng.choice([3, 5, 10, 30])
    return render(rng.randint(1, hi), rand_values(n, hi))


def edge(kind):
    m = rng.randint(4, 8)
    if kind == "one":
        return render(rng.randint(1, MAX_K), [rng.randint(1, MAX_A)])
    if kind == "equal":
        return render(rng.randint(1, 5), [rng.randint(1, MAX_A)] * m)
    if kind == "k_one":  # only steps of exactly 1 count
        return render(1, [3, 1, 2, 4, 3, 5, 7, 6, 8][:m + 1])
    if kind == "gaps_too_big":  # increasing, but every step exceeds K: the answer is 1
        return render(2, [1 + 3 * i for i in range(m)])
    if kind == "k_huge":  # K as large as allowed: the plain longest increasing subsequence
        return render(MAX_K, rand_values(m, 20))
    if kind == "two_equal":
        v = rng.randint(1, MAX_A)
        return render(1, [v, v])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "exact_k":  # every step of the best chain is exactly K
        return render(3, [1, 4, 2, 7, 5, 10, 9, 13])
    if kind == "far_jump":  # the plain LIS needs jumps larger than K
        return render(2, [1, 2, 3, 10, 11, 12, 13, 4, 5])
    if kind == "plateau":  # equal values may not follow each other
        return render(2, [1, 1, 2, 2, 3, 3, 9])
    if kind == "detour":  # the greedy small step loses to a longer chain through other values
        return render(2, [5, 6, 1, 2, 3, 4, 7, 8])
    if kind == "window_edges":  # values just outside the window on both sides
        return render(3, [10, 6, 7, 13, 14, 17, 11, 20])
    if kind == "walk_mid":
        return render(20, walk(min(MAX_N, 1500), 20))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "random":
        return render(rng.randint(MAX_A // 1000, MAX_A // 100), rand_values(MAX_N, MAX_A))
    if kind == "walk":  # long answers, the window holds many values
        k = rng.randint(50, 200)
        return render(k, walk(MAX_N, k, MAX_A // 2))
    if kind == "rising":  # every step fits: the answer is N, every update climbs to the root
        k = rng.randint(1, 5)
        values, x = [], 1
        for _ in range(MAX_N):
            x += 1 + int(r01() * k)
            values.append(x)
        return render(k, values)
    if kind == "wide_window":  # K covers half the value range: wide range queries
        return render(MAX_A // 2, rand_values(MAX_N, MAX_A))
    if kind == "full_window":  # K in the top twentieth of its range: nearly every rise fits, the window's low end
        # x - K is below 1 for almost every x
        return render(rng.randint(MAX_K - MAX_K // 20, MAX_K), rand_values(MAX_N, MAX_A))
    if kind == "few_values":
        return render(rng.randint(1, 3), rand_values(MAX_N, 100))
    raise SystemExit(f"unknown max kind {kind}")


def invalid(kind):
    base = small_case(6, 8)
    head, body = base.split("\n")[:2]
    n, k = head.split()
    vals = body.split()
    lines = {
        "n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["1"] * (MAX_N + 1)) + "\n",
        "k_zero": f"{n} 0\n{body}\n",
        "k_too_big": f"{n} {MAX_K + 1}\n{body}\n",
        "a_too_big": f"{head}\n" + " ".join(vals[:-1] + [str(MAX_A + 1)]) + "\n",
        "a_zero": f"{head}\n" + " ".join(["0"] + vals[1:]) + "\n",
        "missing_number": f"{head}\n" + " ".join(vals[:-1]) + "\n",
        "extra_number": f"{head}\n" + " ".join(vals + [vals[0]]) + "\n",
        "missing_k": f"{n}\n{body}\n",
        "one_per_line": f"{head}\n" + "\n".join(vals) + "\n",
    }
    return lines[kind]


if mode == "sample":  # redrawn until a step of exactly K, and an equal value, each change the answer
    while True:
        n = rng.randint(7, 9)
        hi = rng.choice([12, 15, 20])
        k = rng.randint(2, 4)
        values = [min(MAX_A, max(1, v)) for v in (walk(n, k, rng.randint(1, 5)) if r01() < 0.5 else rand_values(n, hi))]
        right = steps(values, lambda x, y: x < y <= x + k)
        if right not in (steps(values, lambda x, y: x < y < x + k), steps(values, lambda x, y: x <= y <= x + k)):
            break
    out = render(k, values)
elif mode == "small":
    out = small_case(int(opts["lo"]), int(opts["hi"]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    n = rng.randint(500, min(MAX_N, 2000))
    k = rng.choice([1, 5, 100])
    out = render(k, walk(n, k) if r01() < 0.5 else rand_values(n, rng.choice([50, 1000])))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
