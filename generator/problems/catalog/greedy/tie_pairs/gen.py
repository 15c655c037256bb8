"""Test generator for the tie-pairs task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxa. Modes: sample kind=hand|random; random lo= hi= v= (N in [lo, hi], |a_i| <= v); mix n= (an odd
count of numbers above 1, ones, an odd count of negatives and a few zeros); ones n= (mostly 1 and 2); signs n=
kind=pos|neg|zero (numbers of one sign only); invalid kind=too_many|too_big|too_small|missing|extra|leading_zero|
double_space. n may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def render(a):
    rng.shuffle(a)
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def mix(n, top):
    # Odd counts of numbers above 1 and of negatives, some ones and zeros: every usual mistake changes the answer.
    zeros = rng.randint(1, max(1, n // 10))
    ones = rng.randint(1, max(1, n // 5))
    rest = max(2, n - zeros - ones)
    big = rest // 2 | 1
    neg = rest - big
    if neg % 2 == 0:  # an odd count, and never more numbers than n
        neg -= 1
    return ([rng.randint(2, top) for _ in range(big)] + [-rng.randint(1, top) for _ in range(neg)]
            + [1] * ones + [0] * zeros)


def score(a, from_zero=False):
    """The best score (from_zero=True: the numbers at most 0 paired starting next to 0, a wrong order)."""
    total = sum(1 for x in a if x == 1)
    for group in (sorted((x for x in a if x > 1), reverse=True), sorted((x for x in a if x <= 0), reverse=from_zero)):
        total += sum(group[i] * group[i + 1] for i in range(0, len(group) - 1, 2)) + (group[-1] if len(group) % 2 else 0)
    return total


def invalid(kind):
    a = mix(rng.randint(6, 9), 9)
    text = render(a)
    lines = text.split("\n")
    if kind == "too_many":
        return f"{MAXN + 1}\n" + " ".join(["1"] * (MAXN + 1)) + "\n"
    if kind == "too_big":
        lines[1] = f"{MAXA + 1} " + lines[1]
        lines[0] = str(len(a) + 1)
    elif kind == "too_small":
        lines[1] = f"-{MAXA + 1} " + lines[1]
        lines[0] = str(len(a) + 1)
    elif kind == "missing":
        lines[0] = str(len(a) + 1)
    elif kind == "extra":
        lines[1] += " 3"
    elif kind == "leading_zero":
        lines[1] = "07 " + lines[1]
        lines[0] = str(len(a) + 1)
    elif kind == "double_space":
        lines[1] = lines[1].replace(" ", "  ", 1)
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(lines)


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(mix(rng.randint(7, 9), 9))
    else:  # redrawn until pairing the numbers at most 0 from the one next to 0 scores less (an odd count of them)
        while True:
            a = [rng.randint(-6, 6) for _ in range(rng.randint(4, 7))]
            if score(a, from_zero=True) < score(a):
                break
        out = render(a)
elif mode == "random":
    v = min(MAXA, int(opts["v"]))
    out = render([rng.randint(-v, v) for _ in range(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))))])
elif mode == "mix":
    out = render(mix(size("n"), MAXA))
elif mode == "ones":
    n = size("n")
    out = render([rng.choice([1, 1, 1, 2, 2, 3, 0, -1]) for _ in range(n)])
elif mode == "signs":
    n, kind = size("n"), opts["kind"]
    lo, hi = {"pos": (1, MAXA), "neg": (-MAXA, -1), "zero": (0, 0)}[kind]
    out = render([rng.randint(lo, hi) for _ in range(n)])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
