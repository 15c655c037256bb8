"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=inside|plain, random lo= hi= alpha=, fixed a= b=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(a, b):
    return f"{len(a)} {len(b)}\n{a}\n{b}\n"


def word(alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def plant(dst, src, length):
    """Copy a random block of src of this length into dst at a random place."""
    i, j = rng.randrange(len(src) - length + 1), rng.randrange(len(dst) - length + 1)
    return dst[:j] + src[i:i + length] + dst[j + length:]


if mode == "sample":
    a_, b_, c_, d_, e_ = rng.sample(LETTERS, 5)
    if opts["kind"] == "inside":  # the whole shorter string is common
        b = a_ + b_ + c_
        out = text(d_ + a_ + b_ + a_ + b_ + c_ + e_, b)
    else:  # two candidates: the longer common block wins
        a = a_ + b_ + c_ + d_ + e_ + a_ + c_
        b = e_ + a_ + c_ + b_ + b_ + c_ + d_ + e_
        out = text(a, b)
elif mode == "random":
    alphabet = LETTERS[:int(opts["alpha"])]
    a = word(alphabet, rng.randint(int(opts["lo"]), int(opts["hi"])))
    b = word(alphabet, rng.randint(int(opts["lo"]), int(opts["hi"])))
    if rng.random() < 0.5:
        b = plant(b, a, rng.randint(1, min(len(a), len(b))))
    out = text(a, b)
elif mode == "fixed":
    out = text(opts["a"], opts["b"])
elif mode == "max":
    kind = opts["kind"]
    if kind == "same":  # one letter on both sides: the answer is the shorter length
        c = rng.choice(LETTERS)  # a seeded letter (each problem its own test)
        a, b = c * (MAXN - rng.randint(0, 999)), c * (MAXN - 1 - rng.randint(0, 999))  # and seeded lengths
    elif kind == "contained":  # B is a middle piece of A
        a = word(LETTERS, MAXN)
        b = a[MAXN // 4:MAXN // 4 + MAXN // 2]
    elif kind == "binary":
        a, b = word("ab", MAXN), word("ab", MAXN)
    elif kind == "disjoint":  # no common letter: the answer is 0
        a, b = word(LETTERS[:13], MAXN), word(LETTERS[13:], MAXN)
    elif kind == "periodic":  # the same period, shifted, one letter broken in B
        block = word(LETTERS, 9)
        a = (block * (MAXN // 9 + 1))[:MAXN]
        b = (block * (MAXN // 9 + 2))[4:MAXN + 4]
        b = b[:MAXN // 3] + "z" + b[MAXN // 3 + 1:] if b[MAXN // 3] != "z" else b[:MAXN // 3] + "y" + b[MAXN // 3 + 1:]
    else:  # random letters with a planted common block
        a, b = word(LETTERS, MAXN), word(LETTERS, MAXN)
        b = plant(b, a, 3000)
    out = text(a, b)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), "a"), "upper": text("abc", "aBc"), "length": "3 2\nabcd\nab\n",
           "empty": "2 0\nab\n\n", "leading_zero": "02 2\nab\nab\n", "one_line": "2 2\nab ab\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
