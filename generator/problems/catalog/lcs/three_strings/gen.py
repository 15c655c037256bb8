"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: A, B, C.
Params: maxlen. Modes: sample1, sample2, random lo= hi= [sigma=], fixed case=, anti, max kind=, invalid kind=.
sigma is how many distinct letters are used."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN = int(opts["maxlen"])
rng = random.Random(seed)
UPPER = string.ascii_uppercase


def word(n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(a, letters, edits):
    s = list(a)
    for _ in range(edits):
        op = rng.random()
        if op < 0.4 and len(s) > 1:
            del s[rng.randrange(len(s))]
        elif op < 0.8 and len(s) < MAXLEN:
            s.insert(rng.randint(0, len(s)), rng.choice(letters))
        else:
            s[rng.randrange(len(s))] = rng.choice(letters)
    return "".join(s)


def triple(n, letters, edits):
    """Three strings mutated from one base: long common parts that differ in each pair."""
    base = word(n, letters)
    return [mutate(base, letters, edits)[:MAXLEN] for _ in range(3)]


def lcs2(a, b):
    row = [0] * (len(b) + 1)
    for x in a:
        prev, row = row, [0]
        for j, y in enumerate(b):
            row.append(prev[j] + 1 if x == y else max(prev[j + 1], row[j]))
    return row[-1]


def lcs3(a, b, c):
    best = [[[0] * (len(c) + 1) for _ in range(len(b) + 1)] for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            for k, z in enumerate(c, 1):
                best[i][j][k] = (best[i - 1][j - 1][k - 1] + 1 if x == y == z else
                                 max(best[i - 1][j][k], best[i][j - 1][k], best[i][j][k - 1]))
    return best[-1][-1][-1]


def render(strings):
    return "".join(s + "\n" for s in strings)


if mode == "sample1":
    # A and B share a long part that C lacks; the common part of all three lies elsewhere. Letters per seed.
    x, y, z, w = rng.sample(UPPER, 4)
    out = render([x + y + y + z + w + w, y + y + x + z + w + w, x + z + w + w + y + y])
elif mode == "sample2":  # redrawn until every pair has a longer common subsequence than all three have
    while True:
        strings = triple(rng.randint(5, 7), rng.sample(UPPER, 3), 3)
        a, b, c = strings
        if min(lcs2(a, b), lcs2(b, c), lcs2(a, c)) > lcs3(a, b, c):
            break
    out = render(strings)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXLEN, int(opts["hi"])))
    letters = rng.sample(UPPER, int(opts.get("sigma") or rng.choice([2, 3, 5, 26])))
    if rng.random() < 0.6:
        out = render(triple(n, letters, rng.randint(1, n + 1)))
    else:
        out = render([word(max(1, n + rng.randint(-2, 2)), letters) for _ in range(3)])
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single_same": lambda: render(["Q", "Q", "Q"]),
        "single_diff": lambda: render(["Q", "Q", "Z"]),
        "equal": lambda: render(["ABCA"] * 3),
        "pair_trap": lambda: render(["ABCD", "ABCD", "DCBA"]),
        "lcs_choice": lambda: render(["AB", "BA", "B"]),
        "min_trap": lambda: render(["ABC", "BCA", "CAB"]),
    }[case]()
elif mode == "anti":
    letters = rng.sample(UPPER, 2)
    out = render(triple(MAXLEN, letters, MAXLEN // 2))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render([word(MAXLEN, UPPER) for _ in range(3)])
    elif kind == "similar":
        out = render(triple(MAXLEN, rng.sample(UPPER, 4), MAXLEN // 10))
    else:  # few letters, independent strings
        letters = rng.sample(UPPER, 2)
        out = render([word(MAXLEN - rng.randint(0, 3), letters) for _ in range(3)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_long": lambda: render(["A" * (MAXLEN + 1), "A", "A"]),
        "lowercase": lambda: render(["AB", "aB", "AB"]),
        "empty": lambda: render(["AB", "", "AB"]),
        "two_lines": lambda: "AB\nAB\n",
        "space": lambda: "A B\nAB\nAB\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
