"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=repeats|periodic, random lo= hi= alpha=, fixed s= k=,
max kind=same|periodic|binary|whole|long|random_<K>, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(s, k):
    return f"{len(s)} {k}\n{s}\n"


def word(alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


if mode == "sample":
    a, b, c = rng.sample(LETTERS, 3)
    if opts["kind"] == "repeats":  # some windows repeat, overlapping ones included
        out = text(a + b + a + b + a + c + a + b, 3)
    else:  # a periodic string has as many different windows as its period
        out = text((a + b + c) * 3, rng.choice([2, 4]))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = text(word(LETTERS[:int(opts["alpha"])], n), rng.randint(1, n))
elif mode == "fixed":
    out = text(opts["s"], int(opts["k"]))
elif mode == "max":
    kind = opts["kind"]
    if kind == "same":
        # a seeded letter, length and window (each problem its own test)
        out = text(rng.choice(LETTERS) * (MAXN - rng.randint(0, 999)), MAXN // 2 - rng.randint(0, 10))
    elif kind == "periodic":
        out = text((word(LETTERS, 13) * (MAXN // 13 + 1))[:MAXN], 1000)
    elif kind == "binary":
        out = text(word("ab", MAXN), 20)
    elif kind == "whole":
        out = text(word(LETTERS, MAXN), MAXN)
    elif kind == "long":  # about N/2 long windows, nearly all different: storing them all takes ~N^2/4 bytes
        out = text(word(LETTERS, MAXN), MAXN // 2 - rng.randint(0, 999))
    else:  # nearly every window differs: a weak hash merges some of them
        out = text(word(LETTERS, MAXN), int(kind.split("_")[1]))
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), 1), "k_big": "3 4\nabc\n", "k_zero": "3 0\nabc\n",
           "upper": text("aBc", 1), "length": "3 1\nabcd\n", "space": "3 1\nab c\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
