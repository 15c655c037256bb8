"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=branch|dup, random lo= hi= alpha= len=, fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(alpha, low, high, letters=LETTERS):
    return "".join(rng.choice(letters[:alpha]) for _ in range(rng.randint(low, high)))


if mode == "sample":
    a, b, c, d, e = rng.sample(LETTERS, 5)
    if opts["kind"] == "branch":  # two words part after a shared beginning; the others share less
        words = [a + b + c + d, a + b + c + e, a + d, b + a, c]
    else:  # a repeated word is the longest shared beginning
        words = [a + b + c, a + d, b + c + d + e, a + b + e, b + c + d + e, d]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alpha, high = int(opts["alpha"]), min(MAXLEN, int(opts["len"]))
    letters = "".join(rng.sample(LETTERS, alpha))
    out = text([word(alpha, 1, high, letters) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(["a"]), "apart": text(["ab", "ba", "cab"]), "same": text(["xyz", "xyz"]),
           "inside": text(["abc", "ab", "b"]), "first_letter": text(["ab", "ac", "bd"]),
           "far_dup": text(["qa", "abcde", "abcdx", "qa", "zz"][::-1] + ["qab"]),
           "longest": text([rng.choice(LETTERS) * MAXLEN] * 2)}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        words = [word(26, MAXLEN // 2, MAXLEN) for _ in range(MAXN)]
    elif kind == "deep":  # one long beginning shared by everything; two words go deepest, one pair is equal
        stem = word(26, MAXLEN // 2, MAXLEN // 2)
        words = [stem + word(3, 1, MAXLEN // 4) for _ in range(MAXN - 2)]
        twin = stem + word(26, MAXLEN // 4 + 1, MAXLEN // 2)
        words += [twin, twin]
        rng.shuffle(words)
    else:  # every word starts with its own letter except one pair sharing a single letter
        firsts = rng.sample(LETTERS, 26)
        words = [firsts[k] + word(26, MAXLEN - 1, MAXLEN - 1) for k in range(26)]
        words.append(firsts[0] + ("a" if words[0][1] != "a" else "b") + word(26, 1, MAXLEN - 2))
        rng.shuffle(words)
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]), "upper": text(["aB"]),
           "empty_word": "2\nab\n\n", "count": "3\nab\nb\n", "space": "1\na b\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
