"""Test generator for binary_search.cube_root (testlib style): python gen.py SEED MODE [key=value ...].

Format: "Q" then Q lines with one N_j each. Params: max_q, max_v.
Modes: sample, case, stress, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_Q, MAX_V = int(opts["max_q"]), int(opts["max_v"])
rng = random.Random(seed)
TOP = int(round(MAX_V ** (1 / 3)))
while TOP ** 3 > MAX_V:
    TOP -= 1
while (TOP + 1) ** 3 <= MAX_V:
    TOP += 1  # the largest answer any valid input can have


def render(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def near_cube(x):
    """x^3 or one of its neighbours, inside [1, MAX_V]."""
    return min(MAX_V, max(1, x ** 3 + rng.choice([-1, 0, 0, 1])))


def log_uniform(hi):
    return min(MAX_V, max(1, int(10 ** rng.uniform(0, hi))))


def sample():
    x = rng.randint(3, 12)
    values = [x ** 3, x ** 3 - 1, rng.randint(2, 1000), rng.randint(10 ** 6, 10 ** 9)]
    rng.shuffle(values)
    return render(values)


def edge(kind):
    return {
        "one": lambda: render([1]),
        "first_cubes": lambda: render(list(range(1, 30)) + [63, 64, 65, 124, 125, 126]),
        # Counting down to 1: the last number is smaller than Q, so a program that takes Q from the wrong token
        # (the last one) answers too few questions.
        "count_down": lambda: render(list(range(30, 0, -1))),
        "top": lambda: render([MAX_V, TOP ** 3, TOP ** 3 - 1]),
        "below_top": lambda: render([(TOP - 1) ** 3, (TOP - 1) ** 3 - 1, TOP ** 3 - 1, MAX_V - 1]),
    }[kind]()


def anti(kind):
    xs = [rng.randint(10 ** 4, TOP) for _ in range(200)]
    if kind == "cubes":  # exact cubes: float roots land just below the integer
        return render([x ** 3 for x in xs])
    if kind == "just_below_cubes":  # one less than a cube: float roots round up to the integer
        return render([x ** 3 - 1 for x in xs])
    small = [x ** 3 for x in range(1, 60)]  # small_cubes: 64, 125, 216, ... as well
    rng.shuffle(small)  # in a seeded order (each problem its own test)
    return render(small)


def maximal(kind):
    if kind == "max_large":
        return render([rng.randint(MAX_V // 2, MAX_V) for _ in range(MAX_Q)])
    if kind == "max_cubes":
        return render([near_cube(rng.randint(TOP // 2, TOP)) for _ in range(MAX_Q)])
    return render([near_cube(rng.randint(1, TOP)) if rng.random() < 0.5 else log_uniform(18) for _ in range(MAX_Q)])


def invalid(kind):
    return {
        "q_too_big": render([1] * (MAX_Q + 1)),
        "n_too_big": render([8, MAX_V + 1]),
        "n_zero": render([8, 0]),
        "missing_number": "3\n8\n27\n",
        "two_on_a_line": "2\n8 27\n",
        "leading_zero": "2\n8\n027\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "case":
    out = render([near_cube(rng.randint(1, 40)) if rng.random() < 0.5 else rng.randint(1, 70000)
                  for _ in range(rng.randint(1, 12))])
elif mode == "stress":
    out = render([near_cube(rng.randint(1, 12)) if rng.random() < 0.5 else rng.randint(1, 2000)
                  for _ in range(rng.randint(1, 6))])
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render([log_uniform(18) for _ in range(rng.randint(1000, 5000))])
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
