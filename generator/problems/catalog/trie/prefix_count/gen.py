"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq, maxtotal. Modes: sample kind=shared|dup, random lo= hi= alpha= len=, fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXTOTAL = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxtotal"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(words, queries):
    return f"{len(words)} {len(queries)}\n" + "".join(w + "\n" for w in words) + "".join(q + "\n" for q in queries)


def word(alpha, low, high):
    return "".join(rng.choice(LETTERS[:alpha]) for _ in range(rng.randint(low, high)))


def within_total(strings):
    """The longest leading run of strings whose total length stays within MAXTOTAL."""
    kept, total = [], 0
    for s in strings:
        if total + len(s) > MAXTOTAL:
            break
        kept.append(s)
        total += len(s)
    return kept


def queries_for(words, count, alpha, high):
    """Mostly prefixes of the words (answers above zero), some random strings and some whole words."""
    out = []
    for _ in range(count):
        roll = rng.random()
        w = rng.choice(words)
        if roll < 0.6:
            out.append(w[:rng.randint(1, len(w))])
        elif roll < 0.75:
            out.append(w + word(alpha, 1, 2))  # longer than a word: matches only longer words
        else:
            out.append(word(alpha, 1, high))
    return out


if mode == "sample":
    letters = rng.sample(LETTERS, 4)
    a, b, c, d = letters
    if opts["kind"] == "shared":  # shared beginnings; a query that is a whole word; one that begins nothing
        words = [a + b + c, a + b, a + c + a, b + a, a + b + c + d, c]
        rng.shuffle(words)
        queries = [a, a + b, a + b + c + d, d]
    else:  # repeated words count once each; a query longer than a word
        words = [a + b, b + c, a + b, a + b + a, b, a + b]
        rng.shuffle(words)
        queries = [a + b, b, a + b + a + a, a]
    out = text(words, queries)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    q = rng.randint(int(opts["lo"]), int(opts["hi"]))
    alpha, high = int(opts["alpha"]), int(opts["len"])
    words = [word(alpha, 1, high) for _ in range(n)]
    out = text(words, queries_for(words, q, alpha, high))
elif mode == "fixed":
    out = {"one": text(["a"], ["a"]), "longer_query": text(["ab"], ["abc", "ab", "a", "b"]),
           "dup": text(["z"] * 5 + ["zz"], ["z", "zz", "zzz"]),
           "partial": text(["abc", "abd", "ab"], ["abx", "abcd", "ab", "x", "abc"]),
           "nested": text(["a", "aa", "aaa", "aaaa"], ["a", "aa", "aaa", "aaaa", "aaaaa"])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "short":  # many tiny words over two letters: each query matches tens of thousands of words
        words = [word(2, 3, 3) for _ in range(MAXN)]
        queries = within_total([word(2, 1, 3) for _ in range(MAXQ)])
    elif kind == "long":  # a few very long nested words and many short queries walking deep paths
        words = ["a" * (MAXTOTAL // 2), "a" * (MAXTOTAL // 4), "a" * (MAXTOTAL // 4 - 1) + "b"]
        queries = within_total(["a" * (MAXTOTAL // 4), "a" * (MAXTOTAL // 4 - 1) + "b"]
                               + ["a" * rng.randint(1, 3) for _ in range(MAXQ - 2)])
    else:
        words = within_total([word(3, 1, 5) for _ in range(MAXN)])
        queries = within_total(queries_for(words, MAXQ, 3, 5))
    out = text(words, queries)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1), ["a"]),
           "too_long": text(["a" * (MAXTOTAL // 2 + 1), "b" * (MAXTOTAL // 2)], ["a"]),
           "upper": text(["abc", "aBc"], ["a"]), "empty_word": "2 1\nab\n\na\n",
           "count": "3 1\nab\nb\na\n", "trailing_space": "2 1\nab \nb\na\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
