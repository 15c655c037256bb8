"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxt, maxlen. Modes: sample kind=mixed|lengths, random lo= hi=, fixed case=, max kind=, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def shuffle_case(word, chance=0.4):
    return "".join(c.upper() if rng.random() < chance else c.lower() for c in word)


def palindrome(length, sigma):
    alphabet = rng.sample(string.ascii_lowercase, sigma)
    half = "".join(rng.choice(alphabet) for _ in range((length + 1) // 2))
    return half + half[::-1][length % 2:]


def near_miss(length, sigma):
    """A palindrome with one letter changed (first and last letters kept, so an ends-only check is fooled)."""
    word = list(palindrome(length, max(2, sigma)))
    if length >= 3:
        i = rng.randint(1, length - 2)
        if length % 2 == 1 and i == length // 2:
            i -= 1
        word[i] = "z" if word[i] != "z" else "y"
    return "".join(word)


def random_word(length, sigma):
    alphabet = rng.sample(string.ascii_lowercase, sigma)
    return "".join(rng.choice(alphabet) for _ in range(length))


def mixed_word(length):
    sigma = rng.choice([1, 2, 3, 26])
    kind = rng.random()
    if kind < 0.4:
        word = palindrome(length, sigma)
    elif kind < 0.7:
        word = near_miss(length, sigma)
    else:
        word = random_word(length, sigma)
    return shuffle_case(word, rng.choice([0.0, 0.3, 0.6]))


if mode == "sample":
    if opts["kind"] == "mixed":  # a palindrome only when case is ignored, a near miss, a plain one
        words = [shuffle_case(palindrome(rng.randint(4, 6), 3), 0.5), near_miss(rng.randint(5, 7), 3),
                 palindrome(rng.randint(3, 5), 2), random_word(rng.randint(3, 6), 4)]
        words[0] = words[0][0].upper() + words[0][1:].lower()
    else:  # one letter, two letters, odd and even lengths
        c = rng.choice(string.ascii_lowercase)
        words = [c.upper(), c + c.upper(), palindrome(rng.randint(2, 4) * 2, 3),
                 near_miss(rng.randint(2, 3) * 2 + 1, 3), shuffle_case(palindrome(rng.randint(5, 8), 2), 0.5)]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    t = rng.randint(int(opts["lo"]), min(MAXT, int(opts["hi"])))
    out = text([mixed_word(rng.randint(1, rng.choice([3, 8, MAXLEN]))) for _ in range(t)])
elif mode == "fixed":
    out = {"one_letter": text(["a", "Z"]), "case_only": text(["Level", "RaceCar", "abBA", "Ab"]),
           "ends_match": text(["abca", "AbcA", "abcdba", "aXa"]),
           "two_letters": text(["aa", "ab", "Aa", "BA"])}[opts["case"]]
elif mode == "max":
    if opts["kind"] == "palindromes":
        words = [shuffle_case(palindrome(MAXLEN - rng.randint(0, 1), rng.choice([1, 2, 26])), 0.5) for _ in range(MAXT)]
    else:
        words = [mixed_word(MAXLEN - rng.randint(0, 1)) for _ in range(MAXT)]
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXT + 1)), "too_long": text(["a" * (MAXLEN + 1)]),
           "count": "3\nab\nba\n", "digit": "1\na1a\n", "space": "1\nab ba\n", "empty_word": "2\naa\n\n",
           "zero_t": "0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
