"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq. Modes: sample kind=short|repeat, random lo= hi= alpha=, fixed s= q=l:r,..., max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(s, queries):
    return f"{s}\n{len(queries)}\n" + "".join(f"{l} {r}\n" for l, r in queries)


def word(alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def query(n, longest=None):
    length = rng.randint(1, longest or n)
    l = rng.randint(1, n - length + 1)
    return l, l + length - 1


if mode == "sample":
    if opts["kind"] == "short":  # one letter, a pair of letters and the whole word
        s = word(LETTERS, rng.randint(4, 6))
        out = text(s, [(1, 1), (2, 3), (1, len(s))])
    else:  # the same piece at two places has the same hash
        a = word(LETTERS, 3)
        s = a + word(LETTERS, 2) + a
        out = text(s, [(1, 3), (6, 8), (2, 4), (3, 6)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    s = word(LETTERS[:int(opts["alpha"])], n)
    out = text(s, [query(n) for _ in range(rng.randint(1, 2 * n))][:MAXQ])
elif mode == "fixed":
    out = text(opts["s"], [tuple(map(int, p.split(":"))) for p in opts["q"].split(",")])
elif mode == "max":
    kind = opts["kind"]
    s = ("z" * MAXN) if kind == "z" else word(LETTERS, MAXN)
    if kind == "long_queries":  # long pieces: the powers of 31 go far beyond the modulus
        qs = [(l, rng.randint(MAXN - 10, MAXN)) for l in (rng.randint(1, 10) for _ in range(MAXQ))]
    else:
        qs = [query(MAXN) for _ in range(MAXQ)]
    out = text(s, qs)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), [(1, 1)]), "upper": text("aBc", [(1, 1)]),
           "reversed": text("abc", [(3, 2)]), "outside": text("abc", [(1, 4)]), "count": "abc\n2\n1 1\n",
           "zero": text("abc", [(0, 1)])}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
