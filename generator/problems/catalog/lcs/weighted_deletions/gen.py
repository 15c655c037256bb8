"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: the 26 costs, A, B.
Params: maxlen, maxc. Modes: sample1, sample2, random lo= hi= [sigma=], fixed case=, anti, max kind=,
invalid kind=. sigma is how many distinct letters are used."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN, MAXC = int(opts["maxlen"]), int(opts["maxc"])
rng = random.Random(seed)
UPPER = string.ascii_uppercase


def costs(cap, skew=False):
    """Letter costs; skewed: a few dear letters, most cheap (longest is then not heaviest)."""
    cap = min(cap, MAXC)
    if skew:
        return [rng.randint(cap // 2, cap) if rng.random() < 0.2 else rng.randint(1, max(1, cap // 20))
                for _ in range(26)]
    return [rng.randint(1, cap) for _ in range(26)]


def word(n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(a, letters, edits):
    s = list(a)
    for _ in range(edits):
        op = rng.random()
        if op < 0.4 and len(s) > 1:
            del s[rng.randrange(len(s))]
        elif op < 0.8:
            s.insert(rng.randint(0, len(s)), rng.choice(letters))
        else:
            s[rng.randrange(len(s))] = rng.choice(letters)
    return "".join(s[:MAXLEN])


def render(c, a, b):
    return " ".join(map(str, c)) + f"\n{a}\n{b}\n"


if mode == "sample1":
    # Keeping the single dear letter beats keeping two cheap ones; letters and prices drawn per seed.
    x, y, z = rng.sample(UPPER, 3)
    c = costs(9)
    cheap, dear = rng.randint(1, 3), rng.randint(20, 40)
    c[ord(x) - 65] = c[ord(y) - 65] = cheap
    c[ord(z) - 65] = dear
    out = render(c, x + y + z, z + x + y)
elif mode == "sample2":
    letters = rng.sample(UPPER, 4)
    a = word(rng.randint(4, 6), letters)
    out = render(costs(20), a, mutate(a, letters, 3))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXLEN, int(opts["hi"])))
    letters = rng.sample(UPPER, int(opts.get("sigma") or rng.choice([2, 3, 5, 26])))
    a = word(n, letters)
    b = mutate(a, letters, rng.randint(1, n + 2)) if rng.random() < 0.6 else word(max(1, n + rng.randint(-2, 2)), letters)
    out = render(costs(rng.choice([9, 100, MAXC]), rng.random() < 0.5), a, b)
elif mode == "fixed":
    case = opts["case"]
    ones = [1] * 26
    out = {
        "single_same": lambda: render(ones, "Q", "Q"),
        "single_diff": lambda: render([MAXC] * 26, "Q", "Z"),
        "equal": lambda: render(ones, "ABAB", "ABAB"),
        "disjoint": lambda: render(list(range(1, 27)), "ABC", "XYZ"),
        "dear_letter": lambda: render([1] * 25 + [50], "ABZ", "ZAB"),
        "suffix_left": lambda: render(ones, "A", "ABCD"),
    }[case]()
elif mode == "anti":
    letters = rng.sample(UPPER, 4)
    a = word(MAXLEN, letters)
    out = render(costs(MAXC, True), a, mutate(a, letters, MAXLEN // 2))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(costs(MAXC), word(MAXLEN, UPPER), word(MAXLEN, UPPER))
    elif kind == "similar":
        letters = rng.sample(UPPER, 3)
        a = word(MAXLEN, letters)
        out = render(costs(MAXC, True), a, mutate(a, letters, MAXLEN // 5))
    else:  # one letter each way: only the cost bound matters
        x, y = rng.sample(UPPER, 2)
        out = render([MAXC - rng.randint(0, 5) for _ in range(26)], x * MAXLEN, y * (MAXLEN - rng.randint(0, 9)))
elif mode == "invalid":
    kind = opts["kind"]
    ones = [1] * 26
    out = {
        "too_long": lambda: render(ones, "A" * (MAXLEN + 1), "A"),
        "cost_zero": lambda: render([0] + [1] * 25, "AB", "BA"),
        "cost_too_big": lambda: render([MAXC + 1] + [1] * 25, "AB", "BA"),
        "few_costs": lambda: " ".join(["1"] * 25) + "\nAB\nBA\n",
        "lowercase": lambda: render(ones, "Ab", "BA"),
        "empty": lambda: render(ones, "", "BA"),
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
