"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxtotal. Modes: sample kind=classic|shared_start, random lo= hi= alpha= len=, fixed case=,
max kind=short|most|nested|random (most: about 77 000 words, near the most that fit in the total), invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXTOTAL = int(opts["maxn"]), int(opts["maxtotal"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(letters, low, high):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def distinct_within_total(strings, limit=MAXN):
    """Different strings, first occurrences in order, while the count and the total length stay in bounds."""
    kept, seen, total = [], set(), 0
    for s in strings:
        if s in seen:
            continue
        if total + len(s) > MAXTOTAL or len(kept) == limit:
            break
        seen.add(s)
        kept.append(s)
        total += len(s)
    return kept


if mode == "sample":
    a, b, c, d, e, f = rng.sample(LETTERS, 6)
    if opts["kind"] == "classic":  # a word inside a word, a branch, a lone word
        words = [a + b + c + c, a + b + c + c + d, a + b + e + f + b + d, f + d + e + a + b]
    else:  # every word starts with the same letter: the first letter is still typed
        words = [a + b + c, a + b + c + d + e, a + b + d, a + f, a + f + e + b]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = "".join(rng.sample(LETTERS, int(opts["alpha"])))
    words = distinct_within_total([word(letters, 1, int(opts["len"])) for _ in range(3 * n)], n)
    out = text(words)
elif mode == "fixed":
    out = {"one": text(["abc"]), "single_letter": text(["a", "b"]), "nested": text(["a", "ab", "abc", "abcd"]),
           "same_start": text(["xa", "xb", "xyz"]), "letters": text(["q", "qq", "qqqq", "z"]),
           "long_one": text(["a" * 40 + "b", "a" * 20, "c" * 30])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "short":  # as many short words as fit, sharing their first letters heavily
        letters = "".join(rng.sample(LETTERS, 16))
        words = distinct_within_total(word(letters, 2, 4) for _ in range(4 * MAXN))
    elif kind == "most":  # as many words as the total allows: every word of 1 to 3 letters over 20 letters, then
        # 4-letter ones until the total is used up (about 77 000 words; no input has more than 79 751)
        letters = rng.sample(LETTERS, 20)
        words = [a + b + c for a in [""] + letters for b in [""] + letters for c in letters if a == "" or b != ""]
        fours, room = set(), (MAXTOTAL - sum(map(len, words))) // 4
        while len(fours) < room:
            fours.add("".join(rng.choice(letters) for _ in range(4)))
        words += sorted(fours)
        rng.shuffle(words)
        words = distinct_within_total(words)
    elif kind == "nested":  # many words that are prefixes of one another, plus side branches
        stem = word(LETTERS, 700, 700)
        lengths = sorted(rng.sample(range(1, 701), 500))
        words = [stem[:k] for k in lengths] + [stem[:k] + word(LETTERS, 1, 3) for k in rng.sample(range(1, 700), 200)]
        rng.shuffle(words)
        words = distinct_within_total(words)
    else:  # random words over three letters: long forced runs and many branches
        letters = "".join(rng.sample(LETTERS, 3))
        words = distinct_within_total(word(letters, 1, 14) for _ in range(2 * MAXN))
    out = text(words)
elif mode == "invalid":
    def code(k):  # the k-th four-letter string: pairwise different words
        return "".join(LETTERS[k // 26 ** p % 26] for p in range(4))

    out = {"too_many": text([code(k) for k in range(MAXN + 1)]),
           "too_long": text(["a" * (MAXTOTAL // 2 + 1), "b" * (MAXTOTAL // 2)]), "upper": text(["abc", "aBc"]),
           "empty_word": "2\nab\n\n", "count": "3\nab\nb\n", "repeated": text(["ab", "b", "ab"])}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
