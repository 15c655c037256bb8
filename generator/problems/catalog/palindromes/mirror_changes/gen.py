"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then a string of
N lowercase letters. Params: maxn. Modes: sample kind=plain|even, random lo= hi=, fixed s=,
max kind=random|palindrome|near|every_pair|shuffled_palindrome, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def word(length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def palindrome(length, alphabet):
    half = word((length + 1) // 2, alphabet)
    return half + half[::-1][length % 2:]


def spoil(s, pairs, alphabet, inner=False):
    """Change one letter of `pairs` distinct mirror pairs (the innermost pair too when `inner`)."""
    s, n = list(s), len(s)
    chosen = rng.sample(range(n // 2), min(pairs, n // 2)) if n >= 2 else []
    if inner and n >= 2 and (n // 2 - 1) not in chosen:
        chosen[0:1] = [n // 2 - 1]
    for i in chosen:
        j = i if rng.random() < 0.5 else n - 1 - i
        s[j] = rng.choice([c for c in alphabet if c != s[n - 1 - j]] or ["z" if s[j] != "z" else "y"])
    return "".join(s)


def letters(sigma):
    return rng.sample(string.ascii_lowercase, sigma)


if mode == "sample":
    alphabet = letters(rng.randint(3, 4))
    # the two samples answer differently (2 or 3, then 1): with 1 and 1 (seed 5) a program printing 1 passed both
    if opts["kind"] == "plain":  # an odd length, two or three mismatched pairs
        n = rng.choice([5, 7, 9])
        out = text(spoil(palindrome(n, alphabet), rng.randint(2, 3), alphabet))
    else:  # an even length whose innermost pair, and only it, differs
        n = rng.choice([4, 6, 8])
        out = text(spoil(palindrome(n, alphabet), 1, alphabet, inner=True))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = letters(rng.choice([1, 2, 2, 3, 26]))
    style = rng.random()
    if style < 0.5:
        out = text(spoil(palindrome(n, alphabet), rng.randint(0, max(1, n // 4)), alphabet, rng.random() < 0.5))
    elif style < 0.6:
        out = text(palindrome(n, alphabet))
    else:
        out = text(word(n, alphabet))
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind = opts["kind"]
    n = MAXN - rng.randint(0, 999)  # the length is seeded too: each problem its own test
    if kind == "random":
        s = word(n, letters(int(opts.get("sigma", 26))))
    elif kind == "palindrome":  # answer 0
        s = palindrome(n, letters(2))
    elif kind == "near":  # a palindrome with a seeded number of spoiled pairs, the innermost among them
        alphabet = letters(3)
        s = spoil(palindrome(n - n % 2, alphabet), rng.randint(1, 50), alphabet, inner=True)
    elif kind == "every_pair":  # every mirror pair differs: answer N // 2
        a, b = letters(2)
        half = [rng.choice([a, b]) for _ in range(n // 2)]
        other = [b if c == a else a for c in half]
        s = "".join(half) + (rng.choice([a, b]) if n % 2 else "") + "".join(reversed(other))
    elif kind == "shuffled_palindrome":  # letter counts of a palindrome, positions shuffled
        s = list(palindrome(n, letters(26)))
        rng.shuffle(s)
        s = "".join(s)
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
