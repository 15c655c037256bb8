"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: T, then T words of
lowercase letters. Params: maxt, maxsum. Modes: sample kind=mixed|sides, random t= lo= hi=, fixed words=a,b,...,
max kind=long_yes|long_no|many|traps, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXSUM = int(opts["maxt"]), int(opts["maxsum"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def letters(sigma):
    return rng.sample(string.ascii_lowercase, sigma)


def palindrome(length, alphabet):
    half = "".join(rng.choice(alphabet) for _ in range((length + 1) // 2))
    return half + half[::-1][length % 2:]


def with_extra(length, alphabet, extra):
    """A palindrome of length - extra with `extra` letters inserted at random places (1: always YES)."""
    w = list(palindrome(max(0, length - extra), alphabet))
    for _ in range(extra):
        w.insert(rng.randint(0, len(w)), rng.choice(alphabet + ["z"]))
    return "".join(w)


def trap(length, alphabet):
    """Both letters next to the first mismatch look usable: a palindrome with a copy of a neighbour inserted."""
    w = list(palindrome(max(2, length - 1), alphabet))
    p = rng.randint(0, len(w) - 1)
    w.insert(p, w[p] if rng.random() < 0.5 else w[min(p + 1, len(w) - 1)])
    return "".join(w)


def fixable_on_right_only(w):
    """Not a palindrome; at the first mismatch the left letter's neighbour equals the right letter, yet only deleting
    the right letter gives a palindrome."""
    i, j = 0, len(w) - 1
    while i < j and w[i] == w[j]:
        i, j = i + 1, j - 1
    if i >= j or w[i + 1] != w[j]:
        return False
    left_gone, right_gone = w[i + 1:j + 1], w[i:j]
    return left_gone != left_gone[::-1] and right_gone == right_gone[::-1]


def word(length, alphabet):
    kind = rng.random()
    if kind < 0.3:
        return with_extra(length, alphabet, 1)
    if kind < 0.5:
        return with_extra(length, alphabet, 2)
    if kind < 0.7:
        return trap(length, alphabet)
    if kind < 0.8:
        return palindrome(length, alphabet)
    return "".join(rng.choice(alphabet) for _ in range(length))


if mode == "sample":
    a = letters(3)
    if opts["kind"] == "mixed":
        words = [with_extra(rng.randint(4, 6), a, 1), with_extra(rng.randint(6, 8), a, 2), palindrome(rng.randint(3, 5), a),
                 rng.choice(string.ascii_lowercase)]
    else:  # the letter to delete is on the right side, and a word with two separate mismatches
        # The first word's extra letter also equals the letter after the left one of the first mismatch
        # (`abbab`: deleting the left `a` looks right but leaves `bbab`; only deleting the last `b` works).
        while True:
            left = palindrome(rng.randint(4, 6), a)
            i = rng.randint(len(left) // 2 + 1, len(left))
            extra = left[:i] + rng.choice(a) + left[i:]
            if fixable_on_right_only(extra):
                break
        words = [extra, "z" + palindrome(rng.randint(3, 4), a) + "y"]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    t = int(opts.get("t", 10))
    lo, hi = int(opts["lo"]), int(opts["hi"])
    out = text([word(rng.randint(lo, hi), letters(rng.choice([1, 2, 2, 3, 26]))) for _ in range(t)])
elif mode == "fixed":
    out = text(opts["words"].split(","))
elif mode == "max":
    kind = opts["kind"]
    total = MAXSUM - rng.randint(0, 999)  # the total length is seeded too: each problem its own test
    if kind == "long_yes":  # one long word, the extra letter deep inside
        words = [with_extra(total, letters(2), 1)]
    elif kind == "long_no":  # one long word, two extra letters: every single deletion fails
        w = list(palindrome(total - 2, letters(2)))
        w.insert(rng.randint(len(w) // 3, len(w) // 2), "y")
        w.insert(rng.randint(len(w) // 2 + 2, 2 * len(w) // 3), "z")
        words = ["".join(w)]
    elif kind == "many":
        words, used = [], 0
        while len(words) < MAXT and used + 20 <= total:
            w = word(rng.randint(1, 20), letters(rng.choice([2, 3])))
            words.append(w)
            used += len(w)
    elif kind == "traps":  # a few long trap words
        words = [trap(total // 4, letters(2)) for _ in range(4)]
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(words)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(["a"] * (MAXT + 1)), "too_long": text(["a" * (MAXSUM + 1)]), "count": "3\nab\nba\n",
           "upper": "1\naBa\n", "space": "1\nab ba\n", "empty_word": "2\naa\n\n", "zero_t": "0\n",
           "sum_too_big": text(["a" * (MAXSUM // 2 + 1)] * 2)}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
