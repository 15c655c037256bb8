"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then a_1..a_N. Params: maxn, maxm, maxv. Modes: sample, random lo= hi= [cap=], exact lo= hi=
(M equals a subset sum that uses both halves, so some total is exactly M), case name=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
rng = random.Random(seed)


def render(m, a):
    return f"{len(a)} {m}\n" + " ".join(map(str, a)) + "\n"


def exact(n, cap):
    """Values up to cap; M is the total of a random subset with members in both halves (N >= 2)."""
    a = [rng.randint(1, cap) for _ in range(n)]
    chosen = {rng.randrange(n // 2), rng.randrange(n // 2, n)} | {i for i in range(n) if rng.random() < 0.3}
    return min(MAXM, sum(a[i] for i in chosen)), a


def reaches_m_across_halves(m, a):
    """Whether a remainder s of a subset of the first half and t of the second add up to exactly M (a total that
    is 0 modulo M): a partner search for t <= M - s instead of t <= M - 1 - s then prints M."""
    def remainders(values):
        sums = {0}
        for v in values:
            sums |= {(x + v) % m for x in sums}
        return sums

    right = remainders(a[len(a) // 2:])
    return any(m - s in right for s in remainders(a[:len(a) // 2]))


if mode == "sample":
    n = rng.randint(3, 5)
    m, a = rng.randint(7, 40), [rng.randint(1, 60) for _ in range(n)]
    while not reaches_m_across_halves(m, a):
        m, a = rng.randint(7, 40), [rng.randint(1, 60) for _ in range(n)]
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([50, 10 ** 6, MAXM]))
    m, a = rng.randint(1, cap), [rng.randint(1, min(MAXV, 3 * cap)) for _ in range(n)]
elif mode == "exact":
    n = rng.randint(max(2, int(opts["lo"])), min(MAXN, int(opts["hi"])))
    m, a = exact(n, rng.choice([30, 10 ** 9, MAXV // MAXN]))
elif mode == "case":
    m, a = {
        "one_below": (10, [7]),
        "one_multiple": (6, [18]),
        "one_above": (7, [23]),
        "m_one": (1, [5, 3, 8]),
        "top": (MAXM - 1, [MAXV]),
        "equal": (10, [4, 4, 4, 4]),
        "pair_exact": (9, [4, 5]),
    }[opts["name"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "huge":
        m, a = rng.randint(MAXM - MAXM // 20, MAXM), [rng.randint(1, MAXV) for _ in range(MAXN)]
    elif kind == "exact":
        m, a = exact(MAXN, MAXV // MAXN)
    elif kind == "small_m":
        m, a = rng.randint(2, 1000), [rng.randint(1, MAXV) for _ in range(MAXN)]
    else:  # fits: everything together stays below M, so the answer is the whole sum
        a = [rng.randint(1, MAXV // (2 * MAXN)) for _ in range(MAXN)]
        m = rng.randint(sum(a) + 1, MAXM)
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "n_too_big": lambda: render(5, [1] * (MAXN + 1)),
        "m_zero": lambda: render(0, [1, 2]),
        "m_too_big": lambda: render(MAXM + 1, [1, 2]),
        "value_zero": lambda: render(5, [3, 0]),
        "value_too_big": lambda: render(5, [MAXV + 1, 2]),
        "count_mismatch": lambda: "3 5\n1 2\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(m, a))
