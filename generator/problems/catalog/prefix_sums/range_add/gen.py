"""Test generator for prefix_sums.range_add (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N Q", then A_1 .. A_N, then Q lines "l r x" (add x to A_l .. A_r).
Params: max_n, max_q, max_a (|A_i| bound), max_x (|x| bound).
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_Q, MAX_A, MAX_X = (int(opts[k]) for k in ("max_n", "max_q", "max_a", "max_x"))
rng = random.Random(seed)
r01 = rng.random


def vals(n, bound):
    return [int(r01() * (2 * bound + 1)) - bound for _ in range(n)]


def render(a, ups):
    return (f"{len(a)} {len(ups)}\n" + " ".join(map(str, a)) + "\n"
            + "".join(f"{l} {r} {x}\n" for l, r, x in ups))


def update(n, bound, long=False):
    if long:
        w = max(1, min(50, n // 4))
        return 1 + int(r01() * w), n - int(r01() * w), int(r01() * (2 * bound + 1)) - bound
    l, r = sorted((1 + int(r01() * n), 1 + int(r01() * n)))
    return l, r, int(r01() * (2 * bound + 1)) - bound


def case(n_hi, q_hi, a_bound, x_bound):
    n, q = rng.randint(1, min(n_hi, MAX_N)), rng.randint(1, min(q_hi, MAX_Q))
    return render(vals(n, min(a_bound, MAX_A)), [update(n, min(x_bound, MAX_X)) for _ in range(q)])


def edge(kind):
    if kind == "one":
        return render([MAX_A], [(1, 1, MAX_X), (1, 1, MAX_X)])
    if kind == "to_the_end":  # every update reaches the last element (the difference array needs index N + 1)
        n = rng.randint(3, 8)
        return render(vals(n, 9), [(rng.randint(1, n), n, rng.randint(1, 9)) for _ in range(4)])
    if kind == "from_the_start":
        n = rng.randint(3, 8)
        return render(vals(n, 9), [(1, rng.randint(1, n), rng.randint(-9, 9)) for _ in range(4)])
    if kind == "points":
        n = rng.randint(3, 8)
        return render([0] * n, [(i, i, i) for i in range(1, n + 1)])
    if kind == "cancel":  # updates that cancel out: the array comes back unchanged
        n = rng.randint(3, 8)
        l, r = sorted(rng.sample(range(1, n + 1), 2))
        return render(vals(n, 9), [(l, r, 5), (l, r, -5)])
    if kind == "lowest":
        return render([-MAX_A] * 4, [(1, 4, -MAX_X), (2, 3, -MAX_X)])
    raise SystemExit(f"unknown edge kind {kind}")


def max_case(kind):
    if kind == "long":
        return render(vals(MAX_N, MAX_A), [update(MAX_N, MAX_X, long=True) for _ in range(MAX_Q)])
    if kind == "overflow":  # every update adds the largest x to (almost) everything: totals beyond 32 bits
        return render([MAX_A] * MAX_N, [(1, MAX_N - int(r01() * 3), MAX_X) for _ in range(MAX_Q)])
    return render(vals(MAX_N, MAX_A), [update(MAX_N, MAX_X) for _ in range(MAX_Q)])


def invalid(kind):
    base = case(6, 4, 9, 9)
    lines = base.rstrip("\n").split("\n")
    n, q = map(int, lines[0].split())
    body = "".join(x + "\n" for x in lines[2:-1])
    return {
        "n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["0"] * (MAX_N + 1)) + "\n1 1 1\n",
        "q_too_big": f"1 {MAX_Q + 1}\n0\n" + "1 1 1\n" * (MAX_Q + 1),
        "a_too_big": f"{n} {q}\n" + " ".join(lines[1].split()[:-1] + [str(MAX_A + 1)]) + "\n" + body + lines[-1] + "\n",
        "x_too_small": f"{n} {q}\n{lines[1]}\n" + body + f"1 1 {-MAX_X - 1}\n",
        "r_too_big": f"{n} {q}\n{lines[1]}\n" + body + f"1 {n + 1} 1\n",
        "l_after_r": f"{n} {q}\n{lines[1]}\n" + body + ("2 1 1\n" if n > 1 else "0 1 1\n"),
        "missing_update": f"{n} {q}\n{lines[1]}\n" + body,
        "double_space": base.replace(" ", "  ", 1),
    }[kind]


if mode == "sample":
    out = case(8, 4, 9, 9) if rng.random() < 0.5 else case(7, 3, 20, 5)
elif mode == "small":
    size = int(opts["size"])
    out = case(size, size, rng.choice([3, MAX_A]), rng.choice([3, MAX_X]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "random":
    out = case(3000, 3000, MAX_A, MAX_X)
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
