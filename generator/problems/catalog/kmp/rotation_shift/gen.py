"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, A, B.
Params: maxn. Modes: sample kind=shift|none, random lo= hi=, fixed a= b=, max kind=one_off|one_off_none|periodic|
random|near, anti kind=thue_morse|thue_morse_none, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def word(length, letters):
    return "".join(rng.choice(letters) for _ in range(length))


def shift(a, k):
    return a[k:] + a[:k]


def is_rotation(a, b):
    return len(a) == len(b) and b in a + a


def out(a, b):
    return f"{len(a)}\n{a}\n{b}\n"


def not_rotation_of(a, letters):
    """A string of A's length that is no left shift of A: a shuffled or one-letter-changed rotation."""
    for _ in range(200):
        b = list(shift(a, rng.randrange(len(a))))
        if rng.random() < 0.5 and len(a) > 1:
            rng.shuffle(b)
        else:
            i = rng.randrange(len(b))
            b[i] = rng.choice([c for c in letters if c != b[i]] or letters)
        b = "".join(b)
        if not is_rotation(a, b):
            return b
    return None


if mode == "sample":
    letters = rng.sample(string.ascii_lowercase, 3)
    a = word(rng.randint(6, 9), letters)
    while len(set(a)) < 2:
        a = word(len(a), letters)
    if opts["kind"] == "shift":
        # A repeats a block of 2 to 4 letters 2 or 3 times, so several shifts give B:
        # redrawn until the smallest one is neither the largest one nor the smallest shift to the right.
        while True:
            unit = word(rng.randint(2, 4), letters)
            a = unit * rng.randint(2, 3)
            if len(set(unit)) < 2:
                continue
            b = shift(a, rng.randint(1, len(a) - 1))
            lefts = [k for k in range(len(a)) if shift(a, k) == b]
            rights = [k for k in range(len(a)) if shift(a, -k) == b]
            if lefts[0] != lefts[-1] and lefts[0] != rights[0]:
                break
        sys.stdout.write(out(a, b))
    else:
        sys.stdout.write(out(a, not_rotation_of(a, letters)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = rng.sample(string.ascii_lowercase, rng.choice([1, 2, 2, 3, 26]))
    if rng.random() < 0.35:  # periodic A: several shifts match, the smallest counts
        unit = word(rng.randint(1, max(1, n // 2)), letters)
        a = (unit * n)[:n]
    else:
        a = word(n, letters)
    b = None if rng.random() < 0.6 else not_rotation_of(a, letters + ["z"])
    sys.stdout.write(out(a, b if b is not None else shift(a, rng.randrange(n))))
elif mode == "fixed":
    sys.stdout.write(out(opts["a"], opts["b"]))
elif mode == "max":
    kind = opts["kind"]
    n = MAXN - rng.randint(0, 999)  # seeded length and letters: each problem its own test
    x, y = rng.sample(string.ascii_lowercase, 2)
    if kind == "one_off":  # x...xy: every shift before the answer agrees on a long run of x
        a = x * (n - 1) + y
        b = shift(a, rng.randint(n // 3, 2 * n // 3))
    elif kind == "one_off_none":  # x...xy against x...xyy: no shift fits, yet every shift matches a long run
        a = x * (n - 1) + y
        b = x * (n - 2) + y + y
    elif kind == "periodic":  # many matching shifts: the smallest one is asked
        unit = word(rng.randint(3, 7), [x, y])
        while len(set(unit)) < 2:
            unit = word(len(unit), [x, y])
        a = unit * (n // len(unit))
        b = shift(a, rng.randrange(len(a)))
    elif kind == "random":
        a = word(n, [x, y])
        b = shift(a, rng.randrange(n))
    elif kind == "near":  # a rotation with one letter changed: -1
        a = word(n, rng.sample(string.ascii_lowercase, 26))
        b = list(shift(a, rng.randrange(n)))
        i = rng.randrange(n)
        b[i] = "a" if b[i] != "a" else "b"
        b = "".join(b)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    sys.stdout.write(out(a, b))
elif mode == "anti":
    # Against a polynomial hash mod 2^64 (unsigned overflow, or & (2^64 - 1)) with no letter check on a hash match.
    # T, the Thue-Morse word of length 2^11 over x, y, and its complement T' have equal hashes mod 2^64 for every odd
    # base and any letter codes (the difference is a multiple of (B - 1)(B^2 - 1)(B^4 - 1)...(B^1024 - 1), which 2^76
    # divides); for an even base only the last 64 letters count, and both strings end in the same >= 64 letters R.
    # So A and B below differ, hash alike at shift 0, and the hash program prints 0.
    x, y = rng.sample(string.ascii_lowercase, 2)
    t = "".join(y if bin(i).count("1") % 2 else x for i in range(1 << 11))
    t_bar = t.translate(str.maketrans(x + y, y + x))
    letters = [x, y] + rng.sample([c for c in string.ascii_lowercase if c not in (x, y)], rng.randint(0, 3))
    if opts["kind"] == "thue_morse":
        # A = T T' R T' T R, B = A shifted left by |T T' R| = T' T R T T' R: block by block B trades T and T' and
        # keeps R, so its hash equals A's; the answer is 2^12 + |R| (or a smaller shift, if one fits), never 0.
        r = word(rng.randint(64, 3000), letters)
        a = t + t_bar + r + t_bar + t + r
        b = shift(a, 2 * len(t) + len(r))
    elif opts["kind"] == "thue_morse_none":  # A = T' T R, B = T T' R, no shift of A: the answer is -1
        while True:
            r = word(rng.randint(64, 3000), letters)
            a, b = t_bar + t + r, t + t_bar + r
            if not is_rotation(a, b):
                break
    else:
        raise SystemExit(f"unknown anti kind {opts['kind']}")
    sys.stdout.write(out(a, b))
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({"zero_n": "0\n\n\n", "wrong_length": "3\nabc\nab\n", "upper": "3\nabc\nBca\n",
                      "too_long": out("a" * (MAXN + 1), "a" * (MAXN + 1)), "two_lines": "3\nabc\n",
                      "space_inside": "3\na c\nc a\n", "digit": "2\na1\n1a\n"}[kind])
else:
    raise SystemExit(f"unknown mode {mode}")
