"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=mixed|one_kind, random lo= hi= [kinds=], fixed case=,
max kind=distinct_kinds|few_kinds|one_kind|many_kinds, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(items):
    return f"{len(items)}\n" + "".join(f"{name} {kind}\n" for name, kind in items)


def word(low, high):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, min(high, MAXLEN))))


def distinct_words(count, low, high):
    found, seen = [], set()
    while len(found) < count:
        w = word(low, high)
        if w not in seen:
            seen.add(w)
            found.append(w)
    return found


def letters(i):
    """The i-th word of a, b, ..., z, ba, bb, ...: different i give different words."""
    w = string.ascii_lowercase[i % 26]
    while i >= 26:
        i //= 26
        w = string.ascii_lowercase[i % 26] + w
    return w


def dressed(kinds_of_items):
    """Items with distinct random names and the given kinds, in a shuffled order."""
    kinds = list(kinds_of_items)
    rng.shuffle(kinds)
    return list(zip(distinct_words(len(kinds), 1, 10), kinds))


if mode == "sample":
    if opts["kind"] == "mixed":  # kinds of 2, 1 and 3 items: 3 * 2 * 4 - 1 = 23
        a, b, c = distinct_words(3, 3, 6)
        out = text(dressed([a, a, b, c, c, c]))
    else:  # one kind only: one item at a time
        out = text(dressed([word(3, 6)] * 3))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    pool = distinct_words(int(opts.get("kinds") or 3), 1, 4)
    out = text(dressed(rng.choice(pool) for _ in range(n)))
elif mode == "fixed":
    z = "z" * MAXLEN
    out = {"one": text([("a", "b")]),
           "one_kind": text([("cap", "hat"), ("beret", "hat"), ("fedora", "hat"), ("beanie", "hat"), ("helmet", "hat")]),
           "all_kinds": text([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "a")]),
           "similar_names": text([("p", "hat"), ("q", "hats"), ("r", "ha"), ("s", "hat"), ("t", "tah"), ("u", "hats"),
                                  ("v", "hat")]),
           "name_is_kind": text([("hat", "cap"), ("cap", "hat"), ("scarf", "hat"), ("coat", "scarf"),
                                 ("vest", "scarf")]),
           "long": text([(z, z), ("y" + z[1:], z), (z[1:] + "y", "y" * MAXLEN), ("x" * MAXLEN, z),
                         ("w", "y" * MAXLEN), ("v", "v")])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "distinct_kinds":  # every item its own kind: 2^N - 1, and a list of kinds grows to N
        out = text(dressed(distinct_words(MAXN, 6, MAXLEN)))
    elif kind == "few_kinds":
        pool = distinct_words(rng.randint(800, 1200), 1, MAXLEN)
        out = text(dressed(rng.choice(pool) for _ in range(MAXN)))
    elif kind == "one_kind":
        out = text(dressed([word(1, MAXLEN)] * MAXN))
    else:  # about N/2 kinds of one to three items each
        pool = distinct_words(MAXN // 2, 6, MAXLEN)
        kinds = list(pool)
        while len(kinds) < MAXN:
            kinds.append(rng.choice(pool))
        out = text(dressed(kinds))
elif mode == "invalid":
    out = {"too_many": text([(letters(i), "k") for i in range(MAXN + 1)]),
           "too_long": text([("a", "b" * (MAXLEN + 1))]),
           "upper": text([("a", "hat"), ("b", "Hat")]),
           "same_name": text([("a", "hat"), ("a", "coat")]),
           "one_token": "2\na hat\nb\n", "count": "3\na hat\nb coat\n", "double_space": "2\na  hat\nb coat\n",
           "zero": "0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
