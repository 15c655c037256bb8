"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=shared|dup, random lo= hi= alpha= len=, fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(alpha, low, high):
    return "".join(rng.choice(LETTERS[:alpha]) for _ in range(rng.randint(low, high)))


if mode == "sample":
    a, b, c, d = rng.sample(LETTERS, 4)
    if opts["kind"] == "shared":  # words sharing beginnings; one word is a prefix of another
        words = [a + b + c, a + b + d, a + b, c + a]
    else:  # a repeated word adds nothing
        words = [b + a + d, c, b + a + d, b + c]
    rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alpha, high = int(opts["alpha"]), min(MAXLEN, int(opts["len"]))
    words = [word(alpha, 1, high) for _ in range(n)]
    out = text(words)
elif mode == "fixed":
    out = {"one": text(["a"]), "same": text(["ab", "ab", "ab"]), "chain": text(["a", "ab", "abc"]),
           "apart": text(["ab", "ba"]), "longest": text(["z" * MAXLEN])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        words = [word(26, MAXLEN // 2, MAXLEN) for _ in range(MAXN)]
    else:  # two letters: heavy sharing near the root
        words = [word(2, 1, MAXLEN) for _ in range(MAXN)]
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]), "upper": text(["aB"]),
           "empty_word": "2\nab\n\n", "count": "3\nab\nb\n", "space": "1\na b\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
