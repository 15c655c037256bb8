"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq, maxtotal. Modes: sample kind=order|ties, random lo= hi= alpha= len=, fixed case=, max kind=,
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


def word(letters, low, high):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def within_total(strings):
    """The longest leading run of strings whose total length stays within MAXTOTAL."""
    kept, total = [], 0
    for s in strings:
        if total + len(s) > MAXTOTAL:
            break
        kept.append(s)
        total += len(s)
    return kept


def queries_for(words, count, letters, high):
    """Mostly prefixes of the words, some a little longer than a word, some random (often answered -1)."""
    out = []
    for _ in range(count):
        roll = rng.random()
        w = rng.choice(words)
        if roll < 0.6:
            out.append(w[:rng.randint(1, len(w))])
        elif roll < 0.75:
            out.append(w + word(letters, 1, 2))
        else:
            out.append(word(letters, 1, high))
    return out


if mode == "sample":
    a, b, c, d = sorted(rng.sample(LETTERS, 4))  # a < b < c < d
    if opts["kind"] == "order":  # the answer is not the first match in the list; a shorter word comes first
        words = [a + c + b, b + d, a + b + d, a + b, c]
        queries = [a, a + b + d, b, d, a + c]
        while True:  # the list order is redrawn until the first match in it is not the answer (wa_input_order)
            rng.shuffle(words)
            if [w for w in words if w.startswith(a)][0] != a + b:
                break
    else:  # equal words: the smallest index among them
        words = [b + a, a + c, b + a, a + c + a, a + c, d]
        rng.shuffle(words)
        queries = [a, b, a + c + a, c, a + c]
    out = text(words, queries)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    q = rng.randint(int(opts["lo"]), int(opts["hi"]))
    letters = "".join(rng.sample(LETTERS, int(opts["alpha"])))
    high = int(opts["len"])
    words = [word(letters, 1, high) for _ in range(n)]
    out = text(words, queries_for(words, q, letters, high))
elif mode == "fixed":
    out = {"one": text(["a"], ["a"]), "none": text(["ab"], ["b", "abc", "ab"]),
           "ties": text(["b", "a", "a", "ab"], ["a", "b", "ab"]),
           "shorter_first": text(["abc", "ab", "abd"], ["a", "ab", "abc", "abd"]),
           "later_smaller": text(["ba", "bab", "aa", "az", "a"], ["b", "a", "az", "c"])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    letters = "".join(rng.sample(LETTERS, 3))
    if kind == "short":  # many tiny words over two letters (lots of equal words) and many tiny queries
        words = [word(letters[:2], 3, 3) for _ in range(MAXN)]
        queries = within_total([word(letters[:2], 1, 3) for _ in range(MAXQ)])
    elif kind == "long":  # a few very long words sharing a long beginning, walked by deep and shallow queries
        stem = word(letters, MAXTOTAL // 6, MAXTOTAL // 6)
        words = [stem + word(letters, MAXTOTAL // 12, MAXTOTAL // 12) for _ in range(3)] + [stem[:MAXTOTAL // 12]]
        rng.shuffle(words)
        queries = within_total([stem[:MAXTOTAL // 12 + 1], stem] + [stem[:rng.randint(1, 3)] for _ in range(MAXQ - 2)])
    else:
        words = within_total([word(letters, 1, 6) for _ in range(MAXN)])
        queries = within_total(queries_for(words, MAXQ, letters, 6))
    out = text(words, queries)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1), ["a"]),
           "too_long": text(["a" * (MAXTOTAL // 2 + 1), "b" * (MAXTOTAL // 2)], ["a"]),
           "upper": text(["abc", "aBc"], ["a"]), "empty_word": "2 1\nab\n\na\n",
           "count": "3 1\nab\nb\na\n", "trailing_space": "2 1\nab \nb\na\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
