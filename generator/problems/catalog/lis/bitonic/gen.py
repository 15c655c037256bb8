"""Test generator for lis.bitonic (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: N, then A_1 .. A_N. Params: max_n, max_a.
Modes: sample, small lo= hi=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
rng = random.Random(seed)
r01 = rng.random


def longest_mountain(a, strict=True, separate=False):
    """The answer: the best rise ending at a peak plus the best fall starting there, less the peak. Wrong ones:
    strict=False lets equal values follow each other; separate=True adds the best rise and the best fall wherever
    they peak."""
    def ending(values):
        out = []
        for j, x in enumerate(values):
            out.append(1 + max((out[i] for i in range(j) if values[i] < x or (not strict and values[i] == x)),
                               default=0))
        return out
    rise, fall = ending(a), ending(a[::-1])[::-1]
    if separate:
        return max(rise) + max(fall) - 1
    return max(r + f - 1 for r, f in zip(rise, fall))


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def rand_values(n, hi):
    hi = min(hi, MAX_A)
    return [1 + int(r01() * hi) for _ in range(n)]


def mountain(n, hi, noise=0.0):
    # Rising then falling, with some values replaced at random (noise).
    peak = rng.randint(0, n - 1)
    up = sorted(rand_values(peak + 1, hi))
    down = sorted(rand_values(n - peak - 1, hi), reverse=True)
    values = up + down
    return [1 + int(r01() * min(hi, MAX_A)) if r01() < noise else v for v in values]


def edge(kind):
    k = rng.randint(3, 8)
    return {
        "one": lambda: render([rng.randint(1, MAX_A)]),
        "equal": lambda: render([rng.randint(1, MAX_A)] * k),
        "increasing": lambda: render(sorted(rng.sample(range(1, MAX_A + 1), k))),
        "decreasing": lambda: render(sorted(rng.sample(range(1, MAX_A + 1), k), reverse=True)),
        "plateau": lambda: render([1, 3, 5, 5, 3, 1]),  # the equal peak may be used once only
        "valley": lambda: render([5, 3, 1, 3, 5]),
        "two_equal": lambda: render([4, 4]),
    }[kind]()


def anti(kind):
    return {
        # The longest increasing and the longest decreasing subsequences have different peaks.
        "different_peaks": lambda: render([1, 2, 3, 4, 10, 1, 9, 8, 7, 6, 5, 4]),
        "two_mountains": lambda: render([1, 5, 2, 1, 2, 3, 4, 3, 2]),
        "peak_at_end": lambda: render([2, 1, 3, 2, 4, 5, 6]),
        "peak_at_start": lambda: render([9, 1, 8, 7, 2, 6, 5]),
        "noisy": lambda: render(mountain(min(MAX_N, 1500), 1000, 0.3)),
    }[kind]()


def invalid(kind):
    vals = [str(v) for v in rand_values(rng.randint(5, 8), 20)]
    n = len(vals)
    return {
        "n_too_big": f"{MAX_N + 1}\n" + " ".join(["1"] * (MAX_N + 1)) + "\n",
        "a_too_big": f"{n}\n" + " ".join(vals[:-1] + [str(MAX_A + 1)]) + "\n",
        "a_zero": f"{n}\n" + " ".join(["0"] + vals[1:]) + "\n",
        "missing_number": f"{n}\n" + " ".join(vals[:-1]) + "\n",
        "extra_number": f"{n}\n" + " ".join(vals + ["1"]) + "\n",
        "double_space": f"{n}\n" + "  ".join(vals) + "\n",
    }[kind]


if mode == "sample":
    # Redrawn until the best rise and the best fall peak at different places (adding them up is too much) and
    # until letting equal values follow each other answers otherwise.
    while True:
        values = mountain(rng.randint(7, 9), 20, 0.35)
        right = longest_mountain(values)
        if right not in (longest_mountain(values, separate=True), longest_mountain(values, strict=False)):
            break
    out = render(values)
elif mode == "small":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = render(mountain(n, rng.choice([4, 10, 100]), rng.choice([0.2, 0.5, 1.0])))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render(mountain(rng.randint(500, 2000), rng.choice([50, MAX_A]), rng.choice([0.3, 1.0])))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(rand_values(MAX_N, MAX_A))
    elif kind == "mountain":  # long answer: the tails arrays grow to N/2 each way
        out = render(mountain(MAX_N, MAX_A, 0.05))
    else:
        out = render(rand_values(MAX_N, 100))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
