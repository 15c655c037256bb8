"""Test generator for prefix_sums.best_window (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N K", then A_1 .. A_N (values may be negative). Params: max_n, max_a.
Modes: sample [kind=end], small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
rng = random.Random(seed)
r01 = rng.random


def vals(n, bound):
    bound = min(bound, MAX_A)
    return [int(r01() * (2 * bound + 1)) - bound for _ in range(n)]


def render(a, k):
    return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"


def case(size, bound):
    n = rng.randint(1, min(size, MAX_N))
    return render(vals(n, bound), rng.randint(1, n))


def edge(kind):
    n = rng.randint(4, 9)
    return {
        "one": lambda: render([-MAX_A], 1),
        "whole": lambda: render(vals(n, 9), n),  # K = N: one window only
        "k_one": lambda: render(vals(n, 9), 1),  # K = 1: the largest value
        "all_negative": lambda: render([-rng.randint(1, 9) for _ in range(n)], rng.randint(1, n)),
        "best_at_end": lambda: render([-5] * (n - 2) + [7, 8], 2),
        "best_at_start": lambda: render([7, 8] + [-5] * (n - 2), 2),
        "all_equal": lambda: render([MAX_A] * n, rng.randint(1, n)),
    }[kind]()


def invalid(kind):
    a = vals(rng.randint(4, 8), 9)
    n = len(a)
    return {
        "n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["0"] * (MAX_N + 1)) + "\n",
        "k_too_big": render(a, n + 1),
        "k_zero": render(a, 0),
        "a_too_big": render(a[:-1] + [MAX_A + 1], 2),
        "a_too_small": render([-MAX_A - 1] + a[1:], 2),
        "missing_value": f"{n} 2\n" + " ".join(map(str, a[:-1])) + "\n",
        "double_space": f"{n}  2\n" + " ".join(map(str, a)) + "\n",
    }[kind]


def best_only_at_end(a, k):
    sums = [sum(a[i:i + k]) for i in range(len(a) - k + 1)]
    return len(sums) > 1 and max(sums[:-1]) < sums[-1]


if mode == "sample":
    if opts.get("kind") == "end":  # the best stretch is the last one (it ends at A_N), and only it
        while True:
            a = vals(rng.randint(6, 9), 9)
            k = rng.randint(2, len(a) - 1)
            if best_only_at_end(a, k):
                break
        out = render(a, k)
    else:
        out = case(rng.randint(6, 9), 9)
elif mode == "small":
    out = case(int(opts["size"]), rng.choice([3, 20, MAX_A]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    # The window with the largest single value (or largest first element) is not the best window.
    out = render([1, 1, 9, -20, 4, 4, 4, -1], 3) if opts["kind"] == "peak_trap" else render(vals(2000, 50), rng.randint(1, 2000))
elif mode == "random":
    out = case(3000, MAX_A)
elif mode == "max":
    kind = opts["kind"]
    k = {"half": MAX_N // 2, "small_k": rng.randint(2, 50), "large_k": MAX_N - rng.randint(1, 50)}[kind]
    out = render(vals(MAX_N, MAX_A), k)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
