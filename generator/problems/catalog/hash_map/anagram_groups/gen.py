"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=mixed|same_letters, random lo= hi= [len=] [alpha=], fixed case=,
max kind=distinct|groups|two_letters, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(letters, low, high):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def shuffled(w):
    chars = list(w)
    rng.shuffle(chars)
    return "".join(chars)


def from_bases(n, bases):
    return [shuffled(rng.choice(bases)) for _ in range(n)]


if mode == "sample":
    if opts["kind"] == "mixed":
        # Three groups of different sizes, shuffled together. The single word has the length and the letter sum of
        # the largest group's (one letter one higher, another one lower), so keying by the sum merges them. The
        # largest group holds one word twice: a repeated word counts every time it appears.
        b1, b2 = (word(string.ascii_lowercase, 4, 5) for _ in range(2))
        while True:
            i, j = rng.sample(range(len(b1)), 2)
            if b1[i] != "z" and b1[j] != "a" and ord(b1[i]) + 1 != ord(b1[j]):
                b3 = list(b1)
                b3[i], b3[j] = chr(ord(b1[i]) + 1), chr(ord(b1[j]) - 1)
                b3 = "".join(b3)
                break
            b1 = word(string.ascii_lowercase, 4, 5)
        words = [b1, b1, shuffled(b1), b2, shuffled(b2), b3]
        rng.shuffle(words)
    else:  # the same two letters in other amounts: different groups
        x, y = rng.sample(string.ascii_lowercase, 2)
        words = [x + x + y, x + y + y, y + x + x, x + y, y + x, x + x + y + y]
        rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = rng.sample(string.ascii_lowercase, int(opts.get("alpha") or 3))
    length = min(MAXLEN, int(opts.get("len") or 3))
    bases = [word(letters, 1, length) for _ in range(rng.randint(1, max(1, n // 2)))]
    words = [shuffled(rng.choice(bases)) if rng.random() < 0.6 else word(letters, 1, length) for _ in range(n)]
    out = text(words)
elif mode == "fixed":
    z = "z" * MAXLEN
    out = {"one": text(["q"]),
           "all_same": text(["abc", "bca", "cab", "acb", "abc"]),
           "letter_set": text(["aab", "abb", "ab", "aabb", "ba", "bba"]),
           "letter_sum": text(["ad", "bc", "da", "cb", "ad"]),
           "lengths": text(["a", "aa", "aaa", "aa", "b"]),
           "all_distinct": text(["abc", "abd", "xyz", "xy", "x"]),
           "long": text([z, "y" + z[1:], z[1:] + "y", z])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "distinct":  # almost every word its own group: comparing with every group is quadratic
        words = [word(string.ascii_lowercase, MAXLEN - 8, MAXLEN) for _ in range(MAXN)]
    elif kind == "groups":
        bases = [word(string.ascii_lowercase, 1, MAXLEN) for _ in range(rng.randint(800, 1200))]
        words = from_bases(MAXN, bases)
    else:  # two seeded letters: many words share their letter set but not their counts
        letters = rng.sample(string.ascii_lowercase, 2)
        words = [word(letters, 1, MAXLEN) for _ in range(MAXN)]
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["ab"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]),
           "upper": text(["ab", "Ba"]), "empty_word": "2\nab\n\n", "count": "3\nab\nba\n",
           "space": "2\nab ba\ncd\n", "zero": "0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
