"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxb, maxm. Modes: sample kind=decimal|classic, random lo= hi= alpha=, fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXB, MAXM = int(opts["maxn"]), int(opts["maxb"]), int(opts["maxm"])
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def text(s, k, b, m):
    return f"{s}\n{k} {b} {m}\n"


def string(length, letters):
    return "".join(rng.choice(letters) for _ in range(length))


def modulus():
    """Big primes, small moduli (values wrap often) and moduli below the base."""
    return rng.choice((MAXM, 998244353, rng.randint(2, 100), rng.randint(2, MAXM)))


if mode == "sample":
    if opts["kind"] == "decimal":  # base 10 with a modulus of 1000: the checksum shows the last digits
        s = string(rng.randint(6, 8), LETTERS[:9])
        out = text(s, rng.randint(3, 4), 10, 1000)
    else:
        s = string(rng.randint(7, 9), "".join(rng.sample(LETTERS, 3)))
        out = text(s, rng.randint(2, 5), 31, MAXM)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    s = string(n, "".join(rng.sample(LETTERS, int(opts["alpha"]))))
    out = text(s, rng.randint(1, n), rng.randint(2, MAXB), modulus())
elif mode == "fixed":
    out = {"one": text("q", 1, 31, MAXM), "k_is_n": text("zzabz", 5, 27, 1009),
           "k_one": text("azbyc", 1, 100, 7), "small_mod": text("abcabcab", 3, 2, 2),
           "base_above_mod": text("zyxwzyxw", 4, 1000, 999),
           "big_numbers": text("zzzzzzzzzzzz", 6, MAXB, MAXM)}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    b, m = rng.randint(2, MAXB), rng.choice((MAXM, rng.randint(MAXM // 2, MAXM)))
    if kind == "random":
        out = text(string(MAXN, LETTERS), rng.randint(2, MAXN // 10), b, m)
    elif kind == "half":  # long windows: recomputing each window letter by letter is quadratic; B in the top twentieth
        # of its range (a remainder times B comes near 10^18 before it is reduced)
        b = rng.randint(MAXB - MAXB // 20, MAXB)
        out = text(string(MAXN, LETTERS), MAXN // 2, b, m)
    else:  # one letter everywhere, a long window: every checksum is the same
        out = text(rng.choice(LETTERS) * MAXN, rng.randint(MAXN // 3, MAXN), b, m)
elif mode == "invalid":
    out = {"too_long": text("a" * (MAXN + 1), 1, 31, 101), "upper": text("abC", 1, 31, 101),
           "k_too_big": text("abc", 4, 31, 101), "k_zero": text("abc", 0, 31, 101),
           "mod_too_big": text("abc", 2, 31, MAXM + 1), "base_one": text("abc", 2, 1, 101)}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
