"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxtotal. Modes: sample kind=mixed|dup, random lo= hi= alpha= len=, fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXTOTAL = int(opts["maxn"]), int(opts["maxtotal"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(strings):
    return f"{len(strings)}\n" + "".join(s + "\n" for s in strings)


def word(alpha, low, high):
    return "".join(rng.choice(LETTERS[:alpha]) for _ in range(rng.randint(low, high)))


if mode == "sample":
    a, b, c = rng.sample(LETTERS, 3)
    if opts["kind"] == "mixed":  # a longer string before its prefix counts too
        strings = [a + b + c, b, a + b, a + c, a, b + c + c]
    else:  # equal strings are one pair; a string is not paired with itself
        strings = [a + b, a + b, a, b + a, a + b + a]
    rng.shuffle(strings)
    out = text(strings)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    alpha, high = int(opts["alpha"]), int(opts["len"])
    strings = [word(alpha, 1, high) for _ in range(n)]
    for i in range(n):  # plant prefixes of other strings so that pairs are common
        if rng.random() < 0.4:
            other = rng.choice(strings)
            strings[i] = other[:rng.randint(1, len(other))]
    out = text(strings)
elif mode == "fixed":
    out = {"one": text(["a"]), "equal": text(["ab", "ab", "ab"]), "none": text(["ab", "ba", "b" + "c", "aa"]),
           "short_after": text(["abc", "ab", "a"]), "chain": text(["a", "ab", "abc", "abcd", "b"])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "equal":  # N equal strings: N(N-1)/2 pairs, beyond 32 bits
        # one seeded string (each problem its own test), short enough that N copies stay within the total
        strings = [word(26, 1, min(5, MAXTOTAL // MAXN))] * MAXN
    elif kind == "short":
        strings = [word(2, 1, 4) for _ in range(MAXN)]
    elif kind == "long":  # few long nested strings: looking up every prefix of each string is quadratic in length
        half = (MAXTOTAL - 2000) // 2
        strings = ["z" * half, "z" * (half // 2), "z" * (half // 2 - 2) + "y" + "z"]
        strings += ["z"] * (MAXTOTAL - sum(map(len, strings)))
        strings = strings[:MAXN]
        rng.shuffle(strings)
    else:
        strings, total = [], 0
        while len(strings) < MAXN:
            s = word(3, 1, 7)
            if rng.random() < 0.4 and strings:
                other = rng.choice(strings)
                s = other[:rng.randint(1, len(other))]
            if total + len(s) > MAXTOTAL:
                break
            strings.append(s)
            total += len(s)
    out = text(strings)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1)), "too_long": text(["a" * (MAXTOTAL // 2 + 1), "b" * (MAXTOTAL // 2)]),
           "digit": text(["ab", "a1"]), "empty_string": "2\nab\n\n", "count": "3\nab\nb\n",
           "leading_zero": "02\nab\nb\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
