"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=overlap|plain, random lo= hi= alpha=, fixed t= p=, collide blocks= (a decoy
for every everyday fixed hash), max kind=same|periodic|binary|collide, invalid kind=."""
import itertools
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


# (modulus, base) pairs a contestant is likely to fix. The anti-hash tests plant, for each, a word with the
# pattern's hash read left to right (h = h * base + letter) and one with the pattern's hash under the other
# everyday convention (sum of letter * base^j, ascending powers).
COMMON_MODS = [1_000_000_007, 1_000_000_009, 998_244_353]
COMMON_BASES = [29, 31, 37, 53, 131, 137, 257]
TRIPLES = ["".join(w) for w in itertools.product(LETTERS, repeat=3)]


def same_hash_word(x, mod, base):
    """A word y != x of length 12 (x has length 12) with the same left-to-right hash as x modulo mod (letters by
    code; any letter offset cancels between words of one length). Meet in the middle: y = w1 w2 w3 w4 (four
    3-letter words) has hash c3[w1] + c2[w2] + c1[w3] + c0[w4] with c_k[w] = hash(w) * base^(3k); a table of
    2^16 left halves (256 x 256 random 3-letter words), then right halves until one completes the target: about
    2 * 10^4 tries for a modulus near 10^9, some 0.05 s."""
    h3 = [(a * base * base + b * base + c) % mod for a in range(97, 123) for b in range(97, 123)
          for c in range(97, 123)]
    c3, c2, c1 = ([h * shift % mod for h in h3] for shift in (pow(base, 3 * k, mod) for k in (3, 2, 1)))
    target = 0
    for ch in x:
        target = (target * base + ord(ch)) % mod
    n = len(h3)
    firsts, seconds = rng.sample(range(n), 256), rng.sample(range(n), 256)
    table = {(c3[i] + c2[j]) % mod: (i, j) for i in firsts for j in seconds}
    while True:
        k = rng.randrange(n)
        rest = (target - c1[k]) % mod
        for m in range(n):
            left = table.get((rest - h3[m]) % mod)
            if left is not None:
                y = TRIPLES[left[0]] + TRIPLES[left[1]] + TRIPLES[k] + TRIPLES[m]
                if y != x:
                    return y


def decoys(x):
    """Words of x's length that a single fixed everyday hash takes for x: one per (modulus, base) pair read left
    to right, and one per ascending-power pair (the reverse of a word whose left-to-right hash is that of x's
    reverse)."""
    out = [same_hash_word(x, mod, base) for mod in COMMON_MODS for base in COMMON_BASES]
    out += [same_hash_word(x[::-1], mod, base)[::-1] for mod in COMMON_MODS for base in COMMON_BASES]
    return out


def colliding_text(blocks):
    """The pattern is x (12 random letters); the text holds every decoy of x (a different word with x's hash under
    one fixed everyday hash) at least once, x two to four times, and up to `blocks` pieces in all (further ones x
    or a random decoy), each followed by a short random filler, in random order."""
    x = word(LETTERS, 12)
    ys = decoys(x)
    pieces = ys + [x] * rng.randint(2, 4)
    pieces += [x if rng.random() < 0.25 else rng.choice(ys) for _ in range(blocks - len(pieces))]
    rng.shuffle(pieces)
    return text("".join(piece + word(LETTERS, rng.randint(0, 4)) for piece in pieces)[:MAXN], x)


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
