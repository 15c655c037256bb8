"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq. Modes: sample kind=mixed|overlap, random lo= hi= alpha=, fixed s= q=a:b:k,...,
collide blocks=, max kind=same|periodic|binary|collide, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(s, queries):
    return f"{s}\n{len(queries)}\n" + "".join(f"{a} {b} {k}\n" for a, b, k in queries)


def word(alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def query(n, longest=None):
    k = rng.randint(1, longest or n)
    return rng.randint(1, n - k + 1), rng.randint(1, n - k + 1), k


# (modulus, base) pairs a contestant is likely to fix: the anti-hash tests plant a collision for each.
COMMON_HASHES = [(1_000_000_007, 31), (1_000_000_009, 31), (1_000_000_007, 131), (1_000_000_009, 131),
                 (998_244_353, 131)]


def colliding_pair(mod, base, length=12):
    """Two different words with the same hash for a fixed small modulus and base (a birthday search), so a
    solution trusting one such hash answers YES where the pieces differ. The hash is read left to right
    (h = h * base + letter); equal-length words that collide so keep colliding with any letter values (a = 1 or
    a = 97: the offset cancels), and their reverses collide under the other common convention, sum of
    letter * base^i."""
    seen = {}
    while True:
        w = "".join(rng.choices(LETTERS, k=length))
        h = 0
        for ch in w:
            h = (h * base + ord(ch)) % mod
        other = seen.setdefault(h, w)
        if other != w:
            return other, w


def colliding_text(blocks, queries):
    """Blocks of colliding pieces and random filler; questions compare colliding pieces (answer NO) and a piece with
    itself (answer YES). One base collision per common (modulus, base) pair, each also reversed; collisions are
    extended with random words on both sides: equal hashes of x and y of one length stay equal for w + x + v and
    w + y + v (in either convention)."""
    bases = [colliding_pair(mod, base) for mod, base in COMMON_HASHES]
    bases += [(x[::-1], y[::-1]) for x, y in bases]
    s, spots = "", []
    for i in range(blocks):
        x, y = bases[i] if i < len(bases) else rng.choice(bases)
        w, v = word(LETTERS, rng.randint(0, 3)), word(LETTERS, rng.randint(0, 3))
        x, y = w + x + v, w + y + v
        s += word(LETTERS, rng.randint(0, 5))
        px = len(s) + 1
        s += x + word(LETTERS, rng.randint(0, 5))
        py = len(s) + 1
        s += y
        spots.append((px, py, len(x)))
    s += word(LETTERS, rng.randint(1, 5))
    qs = []
    for _ in range(queries):
        px, py, k = rng.choice(spots)
        qs.append((px, py, k) if rng.random() < 0.8 else (py, py, k))
    return text(s, qs)


if mode == "sample":
    if opts["kind"] == "mixed":  # one equal pair, one pair differing in the last letter, one shifted pair
        a, b, c = rng.sample(LETTERS, 3)
        s = a + b + c + a + b + a + b + c
        out = text(s, [(1, 6, 3), (1, 4, 3), (2, 7, 2), (3, 8, 1)])
    else:  # overlapping pieces of a periodic string
        a, b = rng.sample(LETTERS, 2)
        s = (a + b) * rng.randint(3, 4) + a
        out = text(s, [(1, 3, 5), (1, 2, 4), (2, 4, 3)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    alpha = LETTERS[:int(opts["alpha"])]
    period = word(alpha, rng.randint(1, 4))
    # a nearly periodic string, so that many questions have the answer YES
    s = "".join(ch if rng.random() < 0.9 else rng.choice(alpha) for ch in (period * n)[:n])
    out = text(s, [query(n) for _ in range(rng.randint(1, min(MAXQ, 2 * n)))])
elif mode == "fixed":
    out = text(opts["s"], [tuple(map(int, p.split(":"))) for p in opts["q"].split(",")])
elif mode == "collide":
    out = colliding_text(int(opts["blocks"]), 40)
elif mode == "max":
    kind = opts["kind"]
    if kind == "same":  # all pieces equal and long: comparing letter by letter reads everything
        s = rng.choice(LETTERS) * MAXN
        qs = []
        for _ in range(MAXQ):
            k = rng.randint(MAXN - MAXN // 10, MAXN)
            qs.append((rng.randint(1, MAXN - k + 1), rng.randint(1, MAXN - k + 1), k))
        last = rng.randint(1, MAXN)
        s = s[:last - 1] + ("b" if s[0] != "b" else "c") + s[last:]  # one different letter somewhere
    elif kind == "periodic":  # questions aligned to the period or off by one
        p = rng.randint(5, 50)
        s = (word(LETTERS, p) * (MAXN // p + 1))[:MAXN]
        qs = []
        for _ in range(MAXQ):
            k = rng.randint(MAXN // 4, MAXN // 2)
            a = rng.randint(1, MAXN - k + 1)
            b = a + p * rng.randint(-3, 3) + rng.choice([0, 0, 1])
            qs.append((a, min(max(b, 1), MAXN - k + 1), k))
    elif kind == "binary":
        s = word("ab", MAXN)
        qs = [query(MAXN, 20) for _ in range(MAXQ)]
    else:
        out = colliding_text(1000, MAXQ)
    if kind != "collide":
        out = text(s, qs)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), [(1, 1, 1)]), "upper": text("aBc", [(1, 1, 1)]),
           "outside": text("abc", [(1, 2, 3)]), "zero_len": text("abc", [(1, 2, 0)]), "count": "abc\n2\n1 1 1\n",
           "space": "ab c\n1\n1 1 1\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
