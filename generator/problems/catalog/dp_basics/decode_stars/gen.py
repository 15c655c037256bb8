"""Test generator for dp_basics.decode_stars: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample which=1|2|3, random lo= hi= stars= (percent of *) zeros= (percent of 0) [maxstars=], fixed text=,
traps n= (every tempting mistake's pattern: 2*, *7..*9, lone and paired zeros, **), max kind=stars|digits|mixed,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
MOD = 1_000_000_007
rng = random.Random(seed)


def one(c, zero_letter=False):
    return 9 if c == "*" else (1 if zero_letter else 0) if c == "0" else 1


def two(a, b, two_star=6, star_digit_high=1):
    if a == "*":
        if b == "*":
            return 15
        return 2 if b <= "6" else star_digit_high
    if a == "1":
        return 9 if b == "*" else 1
    if a == "2":
        return two_star if b == "*" else 1 if b <= "6" else 0
    return 0


def count(s, **how):
    zero_letter = how.pop("zero_letter", False)
    prev, cur = 1, one(s[0], zero_letter)
    for i in range(1, len(s)):
        prev, cur = cur, (one(s[i], zero_letter) * cur + two(s[i - 1], s[i], **how) * prev) % MOD
    return cur


def refutes(s):
    good = count(s)
    return (count(s, two_star=9) != good and count(s, star_digit_high=2) != good
            and count(s, zero_letter=True) != good and good > 0)


def draw(n, stars, zeros):
    out = []
    for _ in range(n):
        r = rng.randrange(100)
        if r < stars:
            out.append("*")
        elif r < stars + zeros:
            out.append("0")
        else:
            out.append(rng.choice("1122233456789"))
    return "".join(out)


if mode == "sample":
    which = opts["which"]
    if which == "1":
        while True:
            s = draw(rng.randint(5, 7), 30, 10)
            if refutes(s):
                break
    elif which == "2":  # digits only: the classic, with a zero that must pair
        while True:
            s = draw(rng.randint(5, 8), 0, 15)
            if count(s, zero_letter=True) != count(s) and count(s) > 0:
                break
    else:  # long, with many stars: only the modulo keeps it small
        while True:
            s = draw(rng.randint(40, 60), 40, 5)
            if refutes(s):
                break
    out = s + "\n"
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    s = draw(n, int(opts["stars"]), int(opts["zeros"]))
    if "maxstars" in opts:  # small enough for the brute force, which tries every digit for every *
        while s.count("*") > int(opts["maxstars"]):
            k = s.index("*")
            s = s[:k] + rng.choice("123456789") + s[k + 1:]
    out = s + "\n"
elif mode == "fixed":
    out = opts["text"] + "\n"
elif mode == "traps":
    n, parts = int(opts["n"]), []
    while sum(map(len, parts)) < n:
        parts.append(rng.choice(["2*", "*7", "*8", "*9", "10", "20", "**", "1*", "*0", "3", "26", "27"]))
    out = "".join(parts)[:n] + "\n"
elif mode == "max":
    kind = opts["kind"]
    if kind == "stars":
        s = "".join(rng.choice("**12") for _ in range(MAXN))
    elif kind == "digits":
        s = "".join(rng.choice("1122") for _ in range(MAXN))
    else:
        s = draw(MAXN, 30, 3)
    out = s + "\n"
elif mode == "invalid":
    out = {
        "sign": "-12\n", "too_long": "1" * (MAXN + 1) + "\n", "letter": "12a3\n", "space": "12 3\n",
        "two_lines": "12\n3\n", "no_newline": "123",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
