"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints `N` then the line p(1) ... p(N),
a permutation of 1..N. Params: maxn.

Modes: sample kind=hand|hand2 (hand-made, relabelled per seed); random lo= hi= (a uniform permutation);
cycles n= k= (exactly k cycles of random lengths, labels shuffled); fixed_heavy n= swaps= (mostly p(i) = i, a few
random transpositions); fixed name=...; invalid kind=... Sizes may name the bound (n=maxn)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def size(name, default=None):
    value = opts.get(name, default)
    return MAXN if value == "maxn" else int(value)


def render(p):
    return f"{len(p)}\n" + " ".join(map(str, p)) + "\n"


def with_cycles(n, k):
    """A permutation of 1..n with exactly k cycles: cut a shuffled order into k non-empty runs, close each run."""
    k = max(1, min(k, n))
    order = list(range(1, n + 1))
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, n), k - 1)) if k > 1 else []
    p = [0] * (n + 1)
    for a, b in zip([0] + cuts, cuts + [n]):
        run = order[a:b]
        for i, v in enumerate(run):
            p[v] = run[(i + 1) % len(run)]
    return p[1:]


def relabel(p):
    n = len(p)
    names = list(range(1, n + 1))
    rng.shuffle(names)
    q = [0] * n
    for i, target in enumerate(p):
        q[names[i] - 1] = names[target - 1]
    return q


HAND = {
    "hand": [3, 1, 2, 4, 6, 5, 8, 7],  # cycles (1 3 2), (4), (5 6), (7 8): 4
    "hand2": [2, 3, 4, 5, 1, 6],  # (1 2 3 4 5), (6): 2
}

FIXED = {
    "single": [1],
    "swap": [2, 1],
    "two_fixed": [1, 2],
    "rotation": [2, 3, 4, 5, 6, 7, 8, 9, 1],
    "mixed": [1, 3, 2, 4, 6, 7, 5],
}


def invalid(kind):
    if kind == "n_too_big":
        return render(list(range(1, MAXN + 2)))
    if kind == "n_zero":
        return "0\n\n"
    if kind == "repeated_value":
        return render([2, 2, 1])
    if kind == "value_too_big":
        return render([2, 4, 1])
    if kind == "value_zero":
        return render([0, 1, 2])
    if kind == "too_few":
        return "4\n2 1 3\n"
    if kind == "too_many":
        return "2\n2 1 3\n"
    if kind == "double_space":
        return "3\n2  1 3\n"
    if kind == "leading_zero":
        return "3\n02 1 3\n"
    if kind == "extra_line":
        return "3\n2 1 3\n1\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = render(relabel(HAND[opts.get("kind", "hand")]))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    p = list(range(1, n + 1))
    rng.shuffle(p)
    out = render(p)
elif mode == "cycles":
    out = render(with_cycles(size("n"), size("k")))
elif mode == "fixed_heavy":
    n = size("n")
    p = list(range(1, n + 1))
    for _ in range(int(opts.get("swaps", "5"))):
        i, j = rng.randrange(n), rng.randrange(n)
        p[i], p[j] = p[j], p[i]
    out = render(p)
elif mode == "fixed":
    out = render(FIXED[opts["name"]])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
