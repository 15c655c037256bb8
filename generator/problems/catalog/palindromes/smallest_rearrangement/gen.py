"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then a string of
N lowercase letters. Params: maxn. Modes: sample kind=odd|even|none, random lo= hi=, fixed s=,
max kind=odd|even|two_letters|two_odd|one_letter, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def letters(sigma):
    return rng.sample(string.ascii_lowercase, sigma)


def shuffled_palindrome(length, alphabet):
    """Letter counts that make a palindrome (at most one odd count), in a random order."""
    half = [rng.choice(alphabet) for _ in range(length // 2)]
    row = half + half + ([rng.choice(alphabet)] if length % 2 else [])
    rng.shuffle(row)
    return "".join(row)


def spoiled(length, alphabet):
    """A shuffled palindrome with one letter replaced: two odd counts, no palindrome (length >= 2)."""
    row = list(shuffled_palindrome(length, alphabet))
    i = rng.randrange(length)
    row[i] = rng.choice([c for c in string.ascii_lowercase if c != row[i]])
    return "".join(row)


if mode == "sample":
    if opts["kind"] == "odd":  # the odd letter occurs three times: only one copy goes in the middle
        # c is there too, so putting every b in the middle (abbbba-style) is not the smallest
        a, b, c = sorted(letters(3))
        row = [a] * 2 + [b] * rng.choice([3, 5]) + [c] * 2  # at most 9 letters: the brute force tries every order
        rng.shuffle(row)
        out = text("".join(row))
    elif opts["kind"] == "none":  # an even length with two odd counts: -1
        out = text(spoiled(2 * rng.randint(3, 4), letters(3)))
    else:
        out = text(shuffled_palindrome(2 * rng.randint(3, 4), letters(3)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = letters(rng.choice([1, 2, 3, 4, 26]))
    style = rng.random()
    if style < 0.55:
        out = text(shuffled_palindrome(n, alphabet))
    elif style < 0.8 and n >= 2:
        out = text(spoiled(n, alphabet))
    else:
        out = text("".join(rng.choice(alphabet) for _ in range(n)))
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind = opts["kind"]
    n = MAXN - rng.randint(0, 999)  # the length is seeded too: each problem its own test
    odd_n = n - 1 + n % 2  # n | 1 would be MAXN + 1 for n = MAXN
    if kind == "odd":
        s = shuffled_palindrome(odd_n, letters(26))
    elif kind == "even":
        s = shuffled_palindrome(n - n % 2, letters(rng.randint(10, 26)))
    elif kind == "two_letters":  # two letters, one of them with an odd count of many copies
        s = shuffled_palindrome(odd_n, letters(2))
    elif kind == "two_odd":  # two odd counts: -1
        s = spoiled(n, letters(rng.randint(2, 26)))
    elif kind == "one_letter":
        s = rng.choice(string.ascii_lowercase) * n
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(s)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_n": "0\n\n", "wrong_length": "4\nabc\n", "upper": "3\naBa\n", "too_long": text("a" * (MAXN + 1)),
           "space_inside": "3\na a\n", "digit": "3\na1a\n", "missing_line": "3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
