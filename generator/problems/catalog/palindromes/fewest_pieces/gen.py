"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then a string of
N lowercase letters. Params: maxn. Modes: sample kind=trap|even, random lo= hi=, fixed s=,
max kind=same|random|binary|blocks|glued|mirror_miss, invalid kind=."""
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


def word(length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def palindrome(length, alphabet):
    half = word((length + 1) // 2, alphabet)
    return half + half[::-1][length % 2:]


def glued(n, alphabet, longest):
    """Palindromes of random lengths glued together: their ends overlap into other palindromes, so taking the
    longest palindrome first is often wrong."""
    parts, total = [], 0
    while total < n:
        piece = palindrome(rng.randint(1, longest), alphabet)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:n]


def fewest(s):
    """The answer, by the quadratic DP (for the small samples only)."""
    best = [0] + [len(s)] * len(s)
    for j in range(1, len(s) + 1):
        best[j] = min(best[i] + 1 for i in range(j) if s[i:j] == s[i:j][::-1])
    return best[-1]


def greedy_longest_first(s):
    pieces, i = 0, 0
    while i < len(s):
        i = max(j for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1])
        pieces += 1
    return pieces


if mode == "sample":
    a, b, c = letters(3)
    if opts["kind"] == "trap":  # b|abba: taking the longest first palindrome (bab) needs more pieces
        s = rng.choice(["", c, c + c]) + b + a + b + b + a + rng.choice(["", c, c + a])
        while greedy_longest_first(s) == fewest(s):  # 'babbaca' is bab|b|aca: the greedy is lucky there
            s = rng.choice(["", c, c + c]) + b + a + b + b + a + rng.choice(["", c, c + a])
    else:
        s = palindrome(rng.choice([4, 6]), [a, b]) + c + palindrome(rng.choice([2, 4]), [b, c])
    out = text(s)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = letters(rng.choice([1, 2, 2, 3, 26]))
    style = rng.random()
    if style < 0.5:
        out = text(glued(n, alphabet, rng.choice([3, 5, 8])))
    elif style < 0.65:
        s = palindrome(n, alphabet)
        i = rng.randrange(n)
        out = text(s[:i] + rng.choice("xyz") + s[i + 1:])
    else:
        out = text(word(n, alphabet))
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind = opts["kind"]
    n = MAXN - rng.randint(0, 99)  # the length is seeded too: each problem its own test
    if kind == "same":  # one piece; every substring is a palindrome (the most work for the expansion)
        s = rng.choice(string.ascii_lowercase) * n
    elif kind == "random":
        s = word(n, letters(26))
    elif kind == "binary":
        s = word(n, letters(2))
    elif kind == "blocks":  # runs of one letter
        parts, total = [], 0
        a, b = letters(2)
        while total < n:
            run = rng.randint(1, 40)
            parts.append(rng.choice([a, b]) * run)
            total += run
        s = "".join(parts)[:n]
    elif kind == "glued":
        s = glued(n, letters(rng.randint(2, 3)), rng.choice([6, 12, 30]))
    elif kind == "mirror_miss":  # a palindrome with its middle letter changed: long near-palindromes
        s = list(palindrome(n, letters(2)))
        s[n // 2] = "z"
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
