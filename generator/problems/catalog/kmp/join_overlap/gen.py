"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: A, then B.
Params: maxn. Modes: sample kind=overlap|contain, random lo= hi=, fixed a= b=, max kind=late|periodic|contained|
prefix|random, anti kind=thue_morse size=small|large, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def word(length, letters):
    return "".join(rng.choice(letters) for _ in range(length))


def joined(a, b, bound=True):
    """The answer: A, then B after the longest end of A that B begins with. bound=False lets that overlap be any
    border of B + A, longer than A or B too (a wrong join without a separator)."""
    s = b + a
    overlap = max(k for k in range(len(s)) if s[:k] == s[len(s) - k:] and (not bound or k <= min(len(a), len(b))))
    return a + b[overlap:]


if mode == "sample":
    letters = rng.sample(string.ascii_lowercase, 3)
    if opts["kind"] == "overlap":  # the longest overlap is not the first one a greedy scan meets
        unit = word(2, letters)
        a = word(rng.randint(1, 2), letters) + unit + rng.choice(letters) + unit
        b = unit + rng.choice(letters) + unit + word(rng.randint(1, 2), letters)
    else:
        # B sits inside A at its end, or A is the beginning of B. Redrawn until a border of B + A (no separator)
        # runs longer than the shorter string, so reading the overlap off it gives a wrong string, and until
        # matching the other ends (B's end against A's beginning) gives another string too.
        while True:
            a = word(rng.randint(5, 7), letters)
            b = a[-rng.randint(2, 4):]
            if rng.random() < 0.5:
                a, b = b[:2], b + word(2, letters)
            swapped = max(k for k in range(min(len(a), len(b)) + 1) if a[:k] == b[len(b) - k:])
            if joined(a, b) not in (joined(a, b, bound=False), a + b[swapped:]):
                break
    sys.stdout.write(f"{a}\n{b}\n")
elif mode == "random":
    hi = min(MAXN, int(opts["hi"]))
    letters = rng.sample(string.ascii_lowercase, rng.choice([1, 2, 2, 3, 26]))
    a = word(rng.randint(int(opts["lo"]), hi), letters)
    style = rng.random()
    if style < 0.5:  # B starts with an ending of A
        b = a[len(a) - rng.randint(1, len(a)):] + word(rng.randint(0, hi // 2), letters)
    elif style < 0.65:  # B inside A at its end
        b = a[len(a) - rng.randint(1, len(a)):]
    else:
        b = word(rng.randint(int(opts["lo"]), hi), letters)
    sys.stdout.write(f"{a}\n{b[:hi] or a[-1]}\n")
elif mode == "fixed":
    sys.stdout.write(f"{opts['a']}\n{opts['b']}\n")
elif mode == "max":
    kind = opts["kind"]
    n = MAXN - rng.randint(0, 999)  # seeded lengths and letters: each problem its own test
    x, y = rng.sample(string.ascii_lowercase, 2)
    if kind == "late":  # A = y x...x, B = x^k y ...: every overlap longer than k fails, only late
        k = rng.randint(n // 4, n // 2)
        a = y + x * (n - 1)
        b = x * k + y + word(n - k - 1, [x, y])
    elif kind == "periodic":  # the border chain is long: unit^m against unit^j + tail
        unit = word(rng.randint(3, 6), [x, y])
        while len(set(unit)) < 2:
            unit = word(len(unit), [x, y])
        a = (word(rng.randint(1, 9), [x, y]) + unit * n)[:n]
        b = (unit * (n // len(unit)))[:n - 1 - rng.randint(0, 99)] + y + x
        b = b[:n]
    elif kind == "contained":  # B is the last part of A
        a = word(n, [x, y])
        b = a[rng.randint(1, n // 2):]
    elif kind == "prefix":  # A is the first part of B
        b = word(n, [x, y])
        a = b[:rng.randint(n // 2, n - 1)]
    elif kind == "random":
        a, b = word(n, [x, y]), word(n - rng.randint(0, 999), [x, y])
    else:
        raise SystemExit(f"unknown max kind {kind}")
    sys.stdout.write(f"{a}\n{b}\n")
elif mode == "anti":
    # Against a polynomial hash mod 2^64 (unsigned overflow, or & (2^64 - 1)) with no letter check on a hash match.
    # T, the Thue-Morse word of length 2^m (m >= 11) over x, y, and its complement T' have equal hashes mod 2^64 for
    # every odd base and any letter codes; for an even base only the last 64 letters count. A = Q T R and
    # B = T' R S (R of >= 64 letters): the last |T R| letters of A hash like the first |T R| of B though they differ,
    # so the hash program overlaps them and prints Q T R S, shorter than the answer.
    if opts["kind"] != "thue_morse":
        raise SystemExit(f"unknown anti kind {opts['kind']}")
    x, y = rng.sample(string.ascii_lowercase, 2)
    m = 11 if opts["size"] == "small" else rng.randint(12, 17)
    t = "".join(y if bin(i).count("1") % 2 else x for i in range(1 << m))
    t_bar = t.translate(str.maketrans(x + y, y + x))
    letters = [x, y] + rng.sample([c for c in string.ascii_lowercase if c not in (x, y)], rng.randint(0, 3))
    r = word(rng.randint(64, 3000), letters)
    a = word(rng.randint(1, 50), letters) + t + r
    b = t_bar + r + word(rng.randint(1, 50), letters)
    sys.stdout.write(f"{a}\n{b}\n")
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({"empty_b": "abc\n\n", "upper": "abc\nCa\n", "too_long": "a" * (MAXN + 1) + "\na\n",
                      "one_line": "abc\n", "space_inside": "ab c\nc\n", "digit": "ab\n1b\n",
                      "three_lines": "ab\nb\nc\n"}[kind])
else:
    raise SystemExit(f"unknown mode {mode}")
