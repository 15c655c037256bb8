"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: A, then B.
Params: maxlen. Modes: sample1, sample2, random lo= hi= [sigma=], fixed case=, anti, max kind=, invalid kind=.
sigma is how many distinct letters are used."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN = int(opts["maxlen"])
rng = random.Random(seed)


def word(n, sigma):
    letters = rng.sample(string.ascii_uppercase, sigma)
    return "".join(rng.choice(letters) for _ in range(n))


def planted(n, m, sigma, block):
    """Two random strings sharing a common block of the given length at random places."""
    letters = rng.sample(string.ascii_uppercase, sigma)
    common = "".join(rng.choice(letters) for _ in range(block))
    a = "".join(rng.choice(letters) for _ in range(n - block))
    b = "".join(rng.choice(letters) for _ in range(m - block))
    i, j = rng.randint(0, len(a)), rng.randint(0, len(b))
    return a[:i] + common + a[i:], b[:j] + common + b[j:]


def render(a, b):
    return f"{a}\n{b}\n"


if mode == "sample1":
    # A long common subsequence but a shorter common block, and the block does not end at both last letters.
    x, y, z, w = rng.sample(string.ascii_uppercase, 4)
    core = "".join(rng.choice([x, y, z]) for _ in range(3))
    out = render(x + core + y + z + w, w + x + core + z + y)
elif mode == "sample2":
    a, b = planted(rng.randint(6, 9), rng.randint(6, 9), 4, 3)
    out = render(a, b)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXLEN, int(opts["hi"])))
    m = rng.randint(int(opts["lo"]), min(MAXLEN, int(opts["hi"])))
    sigma = int(opts.get("sigma") or rng.choice([2, 3, 5, 26]))
    if rng.random() < 0.5 and min(n, m) > 1:
        out = render(*planted(n, m, sigma, rng.randint(1, min(n, m))))
    else:
        out = render(word(n, sigma), word(m, sigma))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single_same": lambda: render("Q", "Q"),
        "single_diff": lambda: render("Q", "Z"),
        "disjoint": lambda: render("ABC", "XYZ"),
        "equal": lambda: render("BANANA", "BANANA"),
        "gap": lambda: render("ABXCD", "ABYCD"),
        "inside": lambda: render("XXHELLOXX", "HELLO"),
        "corner": lambda: render("ABCQ", "ABCZ"),
    }[case]()
elif mode == "anti":
    out = render(*planted(MAXLEN, MAXLEN, 2, MAXLEN // 3))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(word(MAXLEN, 26), word(MAXLEN, 26))
    elif kind == "two_letters":
        out = render(*planted(MAXLEN, MAXLEN, 2, rng.randint(20, MAXLEN // 2)))
    else:  # the same letter almost everywhere: long runs
        ch, other = rng.sample(string.ascii_uppercase, 2)
        a, b = [ch] * MAXLEN, [ch] * (MAXLEN - rng.randint(0, 9))
        for s in (a, b):
            for _ in range(3):
                s[rng.randrange(len(s))] = other
        out = render("".join(a), "".join(b))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_long": lambda: render("A" * (MAXLEN + 1), "A"),
        "lowercase": lambda: render("ABc", "ABC"),
        "empty": lambda: render("", "ABC"),
        "space": lambda: "AB C\nABC\n",
        "three_lines": lambda: "AB\nCD\nEF\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
