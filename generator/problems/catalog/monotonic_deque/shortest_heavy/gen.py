"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, minv, maxs. Modes: sample kind=dip|none, random lo= hi= [cap=], fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MINV, MAXS = int(opts["maxn"]), int(opts["maxv"]), int(opts["minv"]), int(opts["maxs"])
rng = random.Random(seed)


def text(s, values):
    return f"{len(values)} {s}\n" + " ".join(map(str, values)) + "\n"


def reachable_target(values):
    """The sum of some stretch (so the answer is usually not -1), at least 1."""
    i = rng.randrange(len(values))
    j = rng.randrange(i, len(values))
    return max(1, sum(values[i:j + 1]))


def shortest(s, a):
    """By brute force (-1 if no stretch)."""
    lengths = [j - i for i in range(len(a)) for j in range(i + 1, len(a) + 1) if sum(a[i:j]) >= s]
    return min(lengths, default=-1)


def shrinking_window(s, a):
    """The two-pointer window that is right for positive values only."""
    left, total, best = 0, 0, len(a) + 1
    for right in range(len(a)):
        total += a[right]
        while left <= right and total >= s:
            best = min(best, right - left + 1)
            total -= a[left]
            left += 1
    return best if best <= len(a) else -1


def starts_never_dropped(s, a):
    """The deque of starts without popping a start from the back when a later prefix sum is not larger."""
    prefix = [0]
    for v in a:
        prefix.append(prefix[-1] + v)
    starts, best = [], len(a) + 1
    for j in range(len(a) + 1):
        while starts and prefix[j] - prefix[starts[0]] >= s:
            best = min(best, j - starts.pop(0))
        starts.append(j)
    return best if best <= len(a) else -1


if mode == "sample":
    if opts["kind"] == "dip":  # a negative value inside: a window shrunk past it must not be given up
        # (redrawn until both the shrinking window and a deque that never drops starts from its back answer wrong)
        while True:
            x = rng.randint(2, 9)
            s, a = 2 * x + 1, [x, -2 * x, x + 1, x, rng.randint(1, x), x + rng.randint(1, 3)]
            if shortest(s, a) not in (shrinking_window(s, a), starts_never_dropped(s, a)):
                break
        out = text(s, a)
    else:
        out = text(rng.randint(20, 30), [rng.randint(-5, 5) for _ in range(6)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 10, MAXV]))
    values = [rng.randint(max(MINV, -cap), min(MAXV, cap)) for _ in range(n)]
    s = reachable_target(values) if rng.random() < 0.8 else rng.randint(1, 3 * cap)
    out = text(min(s, MAXS), values)
elif mode == "fixed":
    out = {"one_yes": text(5, [5]), "one_no": text(6, [5]), "all_negative": text(1, [-1, -2, -3]),
           "whole": text(6, [1, 2, 3]), "dip": text(4, [3, -10, 2, 2]), "big_s": text(MAXS, [MAXV] * 3),
           "zero_sum": text(1, [1, -1, 1, -1])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "none":  # no stretch is heavy enough: the answer is -1 and every window stays open
        out = text(MAXS, [rng.randint(MINV, MAXV) for _ in range(MAXN)])
    elif kind == "long":  # the only heavy stretch is long: quadratic scans go all the way
        a = rng.randint(1, max(1, min(MAXV, -MINV, MAXS // 3, 1000)))  # seeded (each problem its own test)
        values = [a if i % 2 == 0 else -a for i in range(MAXN)]
        out = text(3 * a, values[:MAXN - 2] + [a, a])
    else:
        values = [rng.randint(MINV, MAXV) for _ in range(MAXN)]
        out = text(min(MAXS, max(1, 3 * MAXV)), values)
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "too_small": text(1, [MINV - 1]),
           "s_zero": text(0, [1]), "s_big": text(MAXS + 1, [1]), "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "minus_zero": "2 1\n-0 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
