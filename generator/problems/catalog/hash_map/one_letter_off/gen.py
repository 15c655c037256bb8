"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=plain|copies, random lo= hi= [len=] [alpha=], fixed case=,
max kind=clusters|two_letters|copies|one_word|short, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)} {len(words[0])}\n" + "".join(w + "\n" for w in words)


def word(letters, length):
    return "".join(rng.choice(letters) for _ in range(length))


def mutated(w, letters, p_keep):
    """w itself, or w with one random position changed to another letter of the alphabet."""
    if rng.random() < p_keep or len(letters) < 2:
        return w
    p = rng.randrange(len(w))
    return w[:p] + rng.choice([c for c in letters if c != w[p]]) + w[p + 1:]


def around(n, bases, letters, p_keep):
    return [mutated(rng.choice(bases), letters, p_keep) for _ in range(n)]


if mode == "sample":
    length = rng.randint(3, 4)
    letters = rng.sample(string.ascii_lowercase, 4)
    if opts["kind"] == "plain":  # different words, some one letter apart
        found = []
        base = word(letters, length)
        while len(found) < 6:
            w = mutated(rng.choice(found or [base]), letters, 0.0)
            if w not in found:
                found.append(w)
        words = found
    else:  # repeated words count once per entry, and never pair with each other
        base = word(letters, length)
        other = mutated(base, letters, 0.0)
        words = [base, base, other, mutated(other, letters, 0.0), base]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    length = rng.randint(1, min(MAXLEN, int(opts.get("len") or 3)))
    letters = rng.sample(string.ascii_lowercase, int(opts.get("alpha") or 2))
    bases = [word(letters, length) for _ in range(rng.randint(1, max(1, n // 3)))]
    out = text(around(n, bases, letters, rng.choice([0.2, 0.5])))
elif mode == "fixed":
    z = "z" * MAXLEN
    out = {"one": text(["abc"]),
           "length_one": text(["a", "b", "a", "c", "a"]),
           "identical": text(["xyz"] * 4),
           "swap": text(["ab", "ba", "bb"]),
           "copies_and_neighbours": text(["abc", "abc", "abd", "abd", "abc", "xbc"]),
           "ends": text([z, "a" + z[1:], z[1:] + "a", "a" + z[2:] + "a"]),
           "two_off": text(["abcd", "abdc", "xbcy"])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "clusters":  # many different words, each near a seeded base: few identical, many one-off pairs
        letters = string.ascii_lowercase
        bases = [word(letters, MAXLEN) for _ in range(rng.randint(1500, 2500))]
        words = around(MAXN, bases, letters, 0.05)
    elif kind == "two_letters":  # two seeded letters: at most 2^L different words, many copies of each
        letters = rng.sample(string.ascii_lowercase, 2)
        words = [word(letters, MAXLEN) for _ in range(MAXN)]
    elif kind == "copies":  # a few words with thousands of copies next to their neighbours
        letters = rng.sample(string.ascii_lowercase, 5)
        bases = [word(letters, MAXLEN) for _ in range(rng.randint(3, 6))]
        words = around(MAXN, bases, letters, 0.6)
    elif kind == "one_word":  # one word more than 46341 times (c * (c - 1) passes 2^31) among its neighbours: every
        # key of that word counts over 10^9 pairs and their sum over the positions passes 2^31 - 1
        letters = string.ascii_lowercase
        base = word(letters, MAXLEN)
        others = rng.randint(MAXN // 50, MAXN // 25)
        words = [base] * (MAXN - others) + [mutated(base, letters, 0.0) for _ in range(others)]
        rng.shuffle(words)
    else:  # length 2 over the whole alphabet: every word has 50 possible neighbours
        letters = string.ascii_lowercase
        words = [word(letters, 2) for _ in range(MAXN)]
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["ab"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]),
           "wrong_length": "2 2\nab\nabc\n", "upper": text(["ab", "Ab"]), "count": "3 2\nab\nba\n",
           "zero": "0 2\n", "zero_length": "1 0\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
