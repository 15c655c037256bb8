"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: D, then a positive
integer X of D digits. Params: maxd. Modes: sample kind=mirror|carry, random lo= hi=, fixed x=,
max kind=random|mirror|carry|palindrome|nines|power, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXD = int(opts["maxd"])
rng = random.Random(seed)
DIGITS = "0123456789"


def text(x):
    return f"{len(x)}\n{x}\n"


def number(d, digits=DIGITS):
    first = rng.choice([c for c in digits if c != "0"] or ["1"])
    return first + "".join(rng.choice(digits) for _ in range(d - 1))


def palindrome(d, digits=DIGITS):
    left = number((d + 1) // 2, digits)
    return left + left[:d // 2][::-1]


def mirror_wins(d):
    """The mirrored left half is larger than X: the right half is lowered somewhere (d >= 2)."""
    p = list(palindrome(d))
    spots = [i for i in range((d + 1) // 2, d) if p[i] != "0"]
    if not spots:
        i = rng.randrange((d + 1) // 2, d)
        p[d - 1 - i] = p[i] = "5"
        spots = [i]
    i = rng.choice(spots)
    p[i] = str(rng.randrange(int(p[i])))
    p[i + 1:] = [rng.choice(DIGITS) for _ in range(d - i - 1)]
    return "".join(p)


def needs_carry(d, nines, palindromic=False):
    """The left half ends in `nines` 9s and the mirror is not larger than X, so 1 is carried through them
    (palindromic: X is the mirror itself, and the answer must be strictly greater)."""
    half = (d + 1) // 2
    nines = min(nines, half - 1)
    left = list(number(half - nines)) + ["9"] * nines
    if left.count("9") == half:
        left[0] = str(rng.randint(1, 8))
    right = list(reversed(left[:d // 2]))
    spots = [i for i, c in enumerate(right) if c != "9"]
    if spots and not palindromic and rng.random() < 0.8:  # else X is the mirror itself (a palindrome)
        i = rng.choice(spots)
        right[i] = str(rng.randint(int(right[i]) + 1, 9))
        right[i + 1:] = [rng.choice(DIGITS) for _ in range(len(right) - i - 1)]
    return "".join(left) + "".join(right)


if mode == "sample":
    d = rng.randint(4, 7)
    out = text(mirror_wins(d) if opts["kind"] == "mirror" else needs_carry(d, rng.randint(1, 2), palindromic=True))
elif mode == "random":
    d = rng.randint(int(opts["lo"]), min(MAXD, int(opts["hi"])))
    style = rng.random()
    if d == 1:
        x = str(rng.randint(1, 9))
    elif style < 0.25:
        x = mirror_wins(d)
    elif style < 0.55:
        x = needs_carry(d, rng.randint(0, d))
    elif style < 0.7:
        x = palindrome(d, rng.choice([DIGITS, "09", "89", "9"]))
    elif style < 0.8:
        x = rng.choice(["9" * d, "1" + "0" * (d - 1), "1" + "0" * (d - 2) + "1"])
    else:
        x = number(d, rng.choice([DIGITS, "09", "019"]))
    out = text(x)
elif mode == "fixed":
    out = text(opts["x"])
elif mode == "max":
    kind, d = opts["kind"], MAXD - rng.randint(0, 999)  # the length is seeded too: each problem its own test
    if kind == "random":
        x = number(d)
    elif kind == "mirror":
        x = mirror_wins(d)
    elif kind == "carry":  # a long run of 9s before the middle
        x = needs_carry(d, rng.randint(d // 4, d // 2))
    elif kind == "palindrome":  # X itself a palindrome: the next one is needed
        x = palindrome(d, rng.choice(["09", DIGITS]))
    elif kind == "nines":
        x = "9" * d
    elif kind == "power":  # 10^(D-1) + a seeded small tail: the mirror of "10...0" wins
        tail = str(rng.randint(0, 10 ** 6))
        x = "1" + "0" * (d - 1 - len(tail)) + tail
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(x)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"leading_zero": "3\n012\n", "zero": "1\n0\n", "wrong_length": "4\n123\n", "letter": "3\n1a2\n",
           "too_long": text("1" * (MAXD + 1)), "space_inside": "3\n1 2\n", "minus": "2\n-5\n",
           "missing_line": "3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
