"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=overlap|plain, random lo= hi= alpha=, fixed t= p=, collide blocks=,
max kind=same|periodic|binary|collide, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(t, p):
    return f"{t}\n{p}\n"


def word(alphabet, length):
    return "".join(rng.choice(alphabet) for _ in range(length))


def colliding_pair(length=12, mod=1_000_000_007, base=31):
    """Two different words with equal hashes for a fixed small modulus and base (a birthday search)."""
    seen = {}
    while True:
        w = word(LETTERS, length)
        h = 0
        for ch in w:
            h = (h * base + ord(ch) - 96) % mod
        other = seen.setdefault(h, w)
        if other != w:
            return other, w


def colliding_text(blocks):
    """The pattern is x; the text holds many copies of y (same fixed hash, different letters) and a few of x."""
    x, y = colliding_pair()
    parts = [rng.choice([y, y, y, x]) + word(LETTERS, rng.randint(0, 4)) for _ in range(blocks)]
    return text("".join(parts)[:MAXN], x)


if mode == "sample":
    a, b = rng.sample(LETTERS, 2)
    if opts["kind"] == "overlap":  # occurrences that overlap each count
        p = a + b + a
        t = a + b + a + b + a + word(LETTERS, 2) + a + b + a
    else:
        p = word(LETTERS, 2)
        t = word(LETTERS, 3) + p + word(LETTERS, 2) + p + p[0]
    out = text(t, p)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    alpha = LETTERS[:int(opts["alpha"])]
    t = word(alpha, n)
    m = rng.randint(1, min(n, 4))
    p = t[rng.randint(0, n - m):][:m] if rng.random() < 0.7 else word(alpha, m)
    out = text(t, p)
elif mode == "fixed":
    out = text(opts["t"], opts["p"])
elif mode == "collide":
    out = colliding_text(int(opts["blocks"]))
elif mode == "max":
    kind = opts["kind"]
    if kind == "same":  # every window matches a long pattern: comparing windows reads everything
        ch = rng.choice(LETTERS)
        out = text(ch * MAXN, ch * rng.randint(MAXN // 3, MAXN // 2))
    elif kind == "periodic":
        period = word(LETTERS, rng.randint(2, 6))
        t = (period * (MAXN // len(period) + 1))[:MAXN]
        p = (period * (MAXN // len(period) + 1))[:rng.randint(MAXN // 4, MAXN // 3)]
        out = text(t, p)
    elif kind == "binary":
        t = word("ab", MAXN)
        start = rng.randint(0, MAXN - 20)
        out = text(t, t[start:start + rng.randint(8, 16)])
    else:
        out = colliding_text(MAXN // 16)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), "a"), "upper": text("aBc", "a"), "pattern_longer": text("ab", "abc"),
           "empty": "abc\n\n", "space": text("ab c", "a")}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
