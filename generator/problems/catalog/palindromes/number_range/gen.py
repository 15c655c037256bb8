"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: "A B".
Params: maxb. Modes: sample kind=small|wide, random hi=, fixed a= b=, max kind=whole|top|window, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXB = int(opts["maxb"])
rng = random.Random(seed)


def pal(length):
    half = str(rng.randint(10 ** ((length + 1) // 2 - 1), 10 ** ((length + 1) // 2) - 1))
    return int(half + half[::-1][length % 2:])


if mode == "sample":
    if opts["kind"] == "small":  # one-digit palindromes and 11 inside
        a, b = rng.randint(1, 9), rng.randint(11, 40)
    else:  # both ends palindromes: the ends count; b has 4 digits and is above 1011, whose first and last digits
        # match although it is no palindrome
        a = pal(rng.choice([2, 3]))
        b = pal(4)
        while b < 1011:
            b = pal(4)
    out = f"{a} {b}\n"
elif mode == "random":
    hi = min(MAXB, int(opts["hi"]))
    style = rng.random()
    if style < 0.3:  # ends on palindromes
        a = pal(rng.randint(1, len(str(hi))))
        b = pal(rng.randint(1, len(str(hi))))
        a, b = min(a, b, hi), min(max(a, b), hi)
    else:
        a, b = sorted((rng.randint(1, hi), rng.randint(1, hi)))
    out = f"{a} {b}\n"
elif mode == "fixed":
    out = f"{opts['a']} {opts['b']}\n"
elif mode == "max":
    kind = opts["kind"]
    if kind == "whole":  # from a seeded small start to the bound
        a, b = rng.randint(1, 9), MAXB - rng.randint(0, 999)
    elif kind == "top":  # B a seeded six-digit palindrome (counted only with the closed range)
        b = pal(len(str(MAXB)) - 1) if MAXB < 10 ** len(str(MAXB)) - 1 else MAXB
        a = rng.randint(1, 99) * 10 + 1
    else:
        a = rng.randint(1, MAXB // 2)
        b = MAXB - rng.randint(0, MAXB // 4)
    out = f"{a} {b}\n"
elif mode == "invalid":
    out = {"reversed": "10 5\n", "zero": "0 5\n", "too_big": f"1 {MAXB + 1}\n", "one_number": "5\n",
           "extra": "1 2 3\n", "leading_zero": "01 5\n", "negative": "-1 5\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
