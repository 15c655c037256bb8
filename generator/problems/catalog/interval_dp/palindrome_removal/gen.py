"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then c_1..c_N. Params: maxn, maxc. Modes: sample1, sample2, random lo= hi= [colors=], fixed case=,
anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def render(c):
    return f"{len(c)}\n" + " ".join(map(str, c)) + "\n"


def palette(k):
    """k distinct colours drawn from the seed."""
    return rng.sample(range(1, MAXC + 1), min(k, MAXC))


def row(n, k):
    colours = palette(k)
    return [rng.choice(colours) for _ in range(n)]


def nested(n, k):
    """Palindromes hidden inside each other with noise between them: removing the inside first pays off."""
    colours = palette(k)
    out = []
    while len(out) < n:
        depth = rng.randint(1, 6)
        ends = [rng.choice(colours) for _ in range(depth)]
        middle = [rng.choice(colours) for _ in range(rng.randint(0, 3))]
        out += ends + middle + ends[::-1]
    return out[:n]


def fewest_steps(c):
    """The answer: steps[i][j] for the block c[i..j]; c[i] goes alone, with an equal neighbour, or as the outer
    end of a palindrome closed by an equal c[k] once the inside is gone."""
    n = len(c)
    steps = [[0] * (n + 1) for _ in range(n + 1)]  # steps[i][j] for c[i..j - 1]; empty blocks cost 0
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length
            best = 1 + steps[i + 1][j]
            if length > 1 and c[i] == c[i + 1]:
                best = min(best, 1 + steps[i + 2][j])
            for k in range(i + 2, j):
                if c[i] == c[k]:
                    best = min(best, steps[i + 1][k] + steps[k + 1][j])
            steps[i][j] = best
    return steps[0][n]


def longest_first(c):
    """Steps when the longest palindromic block (the leftmost among equals) always goes first (a wrong greedy)."""
    c, count = list(c), 0
    while c:
        start, end = max(((i, j) for i in range(len(c)) for j in range(i + 1, len(c) + 1) if c[i:j] == c[i:j][::-1]),
                         key=lambda b: (b[1] - b[0], -b[0]))
        del c[start:end]
        count += 1
    return count


if mode == "sample1":
    # A palindrome closes only after its inside is removed; colours relabelled per seed.
    x, y, z, w = palette(4)
    out = render([x, y, y, z, w, z, x])
elif mode == "sample2":  # redrawn until removing the longest palindromic block first takes more steps
    while True:
        c = row(rng.randint(6, 8), 3)
        if longest_first(c) > fewest_steps(c):
            break
    out = render(c)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = int(opts.get("colors") or rng.choice([2, 3, 5, n]))
    out = render(nested(n, k) if rng.random() < 0.5 else row(n, k))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXC]),
        "pair": lambda: render([4, 4]),
        "two_distinct": lambda: render([1, MAXC]),
        "all_equal": lambda: render([3] * 9),
        "all_distinct": lambda: render([5, 1, 4, 2, 3]),
        "inside_first": lambda: render([1, 4, 4, 2, 3, 2, 1]),
        "greedy_trap": lambda: render([2, 3, 1, 2, 3, 3]),
        "pairs_chain": lambda: render([1, 1, 2, 2, 1, 1]),
    }[case]()
elif mode == "anti":
    out = render(nested(MAXN, 3))
elif mode == "max":
    kind = opts["kind"]
    if kind == "two_colours":
        out = render(row(MAXN, 2))
    elif kind == "many_colours":
        out = render(row(MAXN, 20))
    elif kind == "nested":
        out = render(nested(MAXN, 4))
    elif kind == "all_distinct":
        out = render(palette(MAXN)[:MAXN])
    else:  # all equal, one colour from the seed, with a few intruders
        colour, other = palette(2)
        c = [colour] * MAXN
        for i in rng.sample(range(MAXN), 5):
            c[i] = other
        out = render(c)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1)),
        "colour_zero": lambda: render([3, 0, 2]),
        "colour_too_big": lambda: render([3, MAXC + 1, 2]),
        "count_mismatch": lambda: "4\n3 1 2\n",
        "leading_zero": lambda: "3\n3 01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
