"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxlen. Modes: sample kind=tie|clear, random lo= hi= [pool=] [len=], tie c= extra= (the
alphabetically first tied word is not the shortest), fixed case=, max [pool=],
invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXLEN = int(opts["maxn"]), int(opts["maxlen"])
rng = random.Random(seed)


def text(words):
    return f"{len(words)}\n" + " ".join(words) + "\n"


def word(length):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, length)))


def pool_of(size, length):
    found = set()
    while len(found) < size:
        found.add(word(length))
    return sorted(found)


if mode == "sample":
    a, b, c = pool_of(3, 5)
    while opts["kind"] == "tie" and len(a) <= len(c):  # a is longer too, so "shortest first" fails
        a, b, c = pool_of(3, 5)
    if opts["kind"] == "tie":  # a and c tie; c is seen first but a is alphabetically smaller
        tail = [a, c, b, a]
        rng.shuffle(tail)
        words = [c] + tail
    else:  # one clear winner
        words = [a, b, b, c, b, a]
        rng.shuffle(words)
    out = text(words)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    pool = pool_of(int(opts.get("pool") or rng.randint(1, 6)), int(opts.get("len") or 3))
    out = text([rng.choice(pool) for _ in range(n)])
elif mode == "tie":  # a tie whose alphabetically first word is longer than another tied word, plus rarer words
    while True:
        tied = pool_of(rng.randint(2, 5), MAXLEN)
        if min(tied) != min(tied, key=lambda w: (len(w), w)):
            break
    c = rng.randint(2, int(opts["c"]))
    rest = [w for w in pool_of(20, MAXLEN) if w not in tied]
    words = tied * c + [rng.choice(rest) for _ in range(rng.randint(0, int(opts["extra"])))]
    for w in rest:  # rarer than the tie
        while words.count(w) >= c:
            words.remove(w)
    rng.shuffle(words)
    out = text(words)
elif mode == "fixed":
    z = "z" * MAXLEN
    out = {"one": text(["a"]), "all_distinct": text(["d", "c", "b", "a"]),
           "tie_late_small": text(["zz", "zz", "b", "ab", "ab"]), "prefix": text(["ab", "a", "ab", "a", "abc"]),
           "long": text([z, z[:-1], z])}[opts["case"]]
elif mode == "max":
    pool = pool_of(int(opts.get("pool", 50)), MAXLEN)
    words = [rng.choice(pool) for _ in range(MAXN)]
    out = text(words)
elif mode == "invalid":
    out = {"too_many": text(["a"] * (MAXN + 1)), "too_long": text(["a" * (MAXLEN + 1)]), "upper": text(["Ab"]),
           "count": "3\na b\n", "double_space": "2\na  b\n", "zero": "0\n\n", "digit": text(["a1"])}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
