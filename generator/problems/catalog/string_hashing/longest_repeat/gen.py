"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=overlap|plain, random lo= hi= alpha=, fixed s=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(s):
    return f"{len(s)}\n{s}\n"


def word(alpha, length):
    return "".join(rng.choice(LETTERS[:alpha]) for _ in range(length))


if mode == "sample":
    a, b, c, d = rng.sample(LETTERS, 4)
    if opts["kind"] == "overlap":  # the longest repeat overlaps itself
        s = c + a + b + a + b + a + d
    else:  # a repeat far apart, among distinct letters
        piece = a + b + rng.choice([c, d]) + a
        s = d + piece + c + b + piece[:-1] + rng.choice(LETTERS)
    out = text(s)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    s = word(int(opts["alpha"]), n)
    if n >= 4 and rng.random() < 0.5:  # copy a block somewhere so the answer is not only small
        length = rng.randint(1, n // 2)
        i, j = rng.randrange(n - length + 1), rng.randrange(n - length + 1)
        s = s[:j] + s[i:i + length] + s[j + length:]
    out = text(s)
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind = opts["kind"]
    if kind == "same":  # one letter: the answer is N - 1 (two overlapping copies)
        s = rng.choice(LETTERS) * (MAXN - rng.randint(0, 999))  # a seeded letter and length (each its own test)
    elif kind == "doubled":  # X X: a long non-overlapping repeat
        half = word(26, MAXN // 2)
        s = half + half
    elif kind == "periodic":  # period 7: the answer is N - 7
        block = word(26, 7)
        s = (block * (MAXN // 7 + 1))[:MAXN]
    elif kind == "binary":
        s = word(2, MAXN)
    elif kind == "fibonacci":
        y, x = rng.sample(LETTERS, 2)  # seeded letters (each problem its own test)
        while len(y) < MAXN:
            x, y = y, y + x
        s = y[:MAXN]
    else:  # random letters with one copied block of medium length
        s = word(26, MAXN)
        i, j = rng.randrange(MAXN // 2), MAXN // 2 + rng.randrange(MAXN // 4)
        s = s[:j] + s[i:i + 1000] + s[j + 1000:]
    out = text(s)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1)), "upper": text("abCd"), "length": "3\nabcd\n",
           "space": "4\nab cd\n", "zero": "0\n\n", "leading_zero": "04\nabcd\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
