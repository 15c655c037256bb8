"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample1, sample2, random lo= hi= [letters=] [longest=], fixed case=, max_random,
max_duplicates, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(letters, longest):
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, min(longest, MAXLEN))))


def words(n, letters, longest):
    return [word(letters, longest) for _ in range(n)]


if mode == "sample1":  # shorter words first even when they come later in the dictionary; a repeated word
    pool = rng.sample(["but", "i", "wont", "hesitate", "no", "more", "it", "cannot", "wait", "im", "yours", "sun"], 8)
    out = text(pool + [pool[2]])
elif mode == "sample2":
    out = text(words(rng.randint(5, 7), "abc", 3))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = opts.get("letters") or rng.choice(["ab", "abc", string.ascii_lowercase])
    out = text(words(n, letters, int(opts.get("longest") or rng.choice([2, 4, MAXLEN]))))
elif mode == "fixed":
    out = text({"one": ["a"], "one_long": ["z" * MAXLEN], "same": ["abc"] * 5, "prefixes": ["abc", "ab", "a", "abcd", "b"],
                "length_beats_letters": ["zz", "aaa", "z", "aaaa"]}[opts["case"]])
elif mode == "max_random":
    out = text(words(MAXN, string.ascii_lowercase, MAXLEN))
elif mode == "max_duplicates":
    pool = words(100, "ab", 6)
    out = text([rng.choice(pool) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(["a"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]), "capital": text(["Abc"]),
           "digit": text(["ab1"]), "space": text(["a b"]), "empty_word": "2\na\n\n", "missing": "3\na\nb\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
