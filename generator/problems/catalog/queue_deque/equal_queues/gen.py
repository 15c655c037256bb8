"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=plain|impossible, random lo= hi= [cap=], wrap lo= hi= (the only split
keeps one value of q1 alone, which needs about 3N moves), fixed case=, max kind=wrap|random|big_values|no_split,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(p, q):
    return f"{len(p)}\n" + " ".join(map(str, p)) + "\n" + " ".join(map(str, q)) + "\n"


def moves_needed(p, q):
    """The greedy simulation with running sums, capped generously (only for the small sample)."""
    p, q = list(p), list(q)
    sp, sq = sum(p), sum(q)
    for moves in range(4 * len(p) + 1):
        if sp == sq:
            return moves
        if sp > sq:
            x = p.pop(0)
            q.append(x)
        else:
            x = q.pop(0)
            p.append(x)
        sp, sq = sum(p), sum(q)
    return -1


def reaches_half_rounded_down(p, q):
    """Whether the window search for a first total of (total // 2) succeeds: with an odd total, a program that never
    checks the parity prints a number of moves instead of -1."""
    a = (p + q) * 3
    n, target = len(p), (sum(p) + sum(q)) // 2
    lo, hi, s = 0, n, sum(p)
    while lo < 2 * n:
        if s == target:
            return True
        if s > target:
            s -= a[lo]
            lo += 1
        elif hi < len(a):
            s += a[hi]
            hi += 1
        else:
            return False
    return False


def wrapped(n, cap):
    """q1's second-to-last value equals the sum of all the others: the first queue must end as that value alone,
    reached only by moving almost everything around (3N - 3 moves when all other values are equal)."""
    p = [rng.randint(1, cap) for _ in range(n)]
    q = [rng.randint(1, cap) for _ in range(n)]
    p[n - 2] = 0
    p[n - 2] = sum(p) + sum(q)
    return text(p, q)


if mode == "sample":
    if opts["kind"] == "plain":  # a split exists and needs moves both ways
        while True:
            p = [rng.randint(1, 9) for _ in range(4)]
            q = [rng.randint(1, 9) for _ in range(4)]
            if 3 <= moves_needed(p, q) <= 7:
                break
        out = text(p, q)
    else:  # an odd total can never be split evenly, though some moves reach a first total of half of it, rounded
        while True:
            p = [rng.randint(1, 9) for _ in range(3)]
            q = [rng.randint(1, 9) for _ in range(3)]
            if (sum(p) + sum(q)) % 2 == 0:
                q[0] += 1
            if reaches_half_rounded_down(p, q):
                break
        out = text(p, q)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXV, int(opts.get("cap") or 5))
    p = [rng.randint(1, cap) for _ in range(n)]
    q = [rng.randint(1, cap) for _ in range(n)]
    if (sum(p) + sum(q)) % 2 and rng.random() < 0.8:
        (p if rng.random() < 0.5 else q)[rng.randrange(n)] += 1 if cap < MAXV else -1
        p, q = [max(1, v) for v in p], [max(1, v) for v in q]
    out = text(p, q)
elif mode == "wrap":
    out = wrapped(rng.randint(max(2, int(opts["lo"])), min(MAXN, int(opts["hi"]))), rng.choice([1, 1, 2, 3]))
elif mode == "fixed":
    out = {"one_equal": text([5], [5]),
           "one_unequal": text([2], [4]),
           "odd_total": text([1], [2]),
           "already_equal": text([3, 1, 2], [2, 2, 2]),
           "swap_all": text([1, 1, 1, 1], [2, 2, 2, 2]),
           "wrap": text([1, 1, 7, 1], [1, 1, 1, 1]),
           "even_no_split": text([1, 1], [5, 1])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    n = MAXN
    if kind == "wrap":  # 3N - 3 moves: equal values scaled by a seeded factor
        k = rng.randint(1, max(1, MAXV // (2 * n)))
        p, q = [k] * n, [k] * n
        p[n - 2] = k * (2 * n - 1)
        out = text(p, q)
    elif kind == "random":
        p = [rng.randint(1, 1000) for _ in range(n)]
        q = [rng.randint(1, 1000) for _ in range(n)]
        if (sum(p) + sum(q)) % 2:
            p[0] += 1
        out = text(p, q)
    elif kind == "big_values":  # sums near 6·10^14
        p = [rng.randint(MAXV - 1000, MAXV) for _ in range(n)]
        q = [rng.randint(MAXV - 1000, MAXV) for _ in range(n)]
        if (sum(p) + sum(q)) % 2:
            p[0] -= 1
        out = text(p, q)
    else:  # even total but no split: the search runs to its end (one big value is more than half alone)
        v = rng.randint(1, MAXV // (4 * n + 1))
        out = text([2 * v] * n, [2 * v] * (n - 1) + [(4 * n + 2) * v])
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1), [1] * (MAXN + 1)), "too_big": text([MAXV + 1], [1]),
           "zero_value": text([0, 2], [1, 1]), "lengths": "2\n1 2\n3\n", "double_space": "2\n1  2\n3 4\n",
           "leading_zero": "2\n01 2\n3 4\n", "zero": "0\n\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
