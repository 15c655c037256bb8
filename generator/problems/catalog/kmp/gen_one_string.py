"""Test generator of the one-string tasks (testlib style): python gen_one_string.py SEED MODE [key=value ...]
prints one input: N, then a string of N lowercase letters. Params: maxn. Modes: sample_period, sample_borders,
sample_palin, sample_plain, random lo= hi= [sigma=], fixed s=, repeat len= [unit=] [tail=], almost_palin len=,
max_all_same, max_one_off, max_random, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def word(length, sigma):
    alphabet = rng.sample(string.ascii_lowercase, sigma)
    return "".join(rng.choice(alphabet) for _ in range(length))


def repeated(length, unit_len, sigma=3):
    unit = word(unit_len, sigma)
    return (unit * (length // unit_len + 1))[:length]


if mode == "sample_period":  # a period that does not divide the length
    unit = word(rng.randint(3, 4), 3)
    out = text((unit * 4)[:len(unit) * 2 + rng.randint(1, len(unit) - 1)])
elif mode == "sample_borders":  # several borders nested in each other
    unit = word(rng.randint(2, 3), 2)
    mid = rng.choice(string.ascii_lowercase)
    out = text(unit + mid + unit + unit + mid + unit)
elif mode == "sample_palin":  # a palindromic suffix to reuse
    head = word(rng.randint(2, 4), 3)
    core = word(rng.randint(2, 3), 3)
    out = text(head + core + core[::-1][1:])
elif mode == "sample_plain":
    out = text(word(rng.randint(6, 9), rng.randint(2, 4)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    sigma = int(opts.get("sigma") or rng.choice([1, 2, 2, 3, 26]))
    style = rng.random()
    if style < 0.35:
        out = text(repeated(n, rng.randint(1, max(1, n // 2)), sigma))
    elif style < 0.55:
        half = word((n + 1) // 2, sigma)
        s = half + half[::-1][n % 2:]
        cut = rng.randint(0, n // 2)
        out = text((word(cut, sigma) + s)[:n] if rng.random() < 0.5 else s[:n])
    else:
        out = text(word(n, sigma))
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "repeat":  # a long repetition of a short unit, optionally broken at the end
    n = min(MAXN, int(opts["len"]))
    s = repeated(n, int(opts.get("unit") or rng.randint(2, 7)))
    if opts.get("tail") == "break":
        s = s[:-1] + ("z" if s[-1] != "z" else "y")
    out = text(s)
elif mode == "almost_palin":  # a^k b a^(k+1)-like: checking every suffix naively is quadratic
    # Seeded letters and a length just under the bound: each problem its own test (few letters alone repeat).
    n = min(MAXN, int(opts["len"])) - 2 * rng.randint(0, 499)  # the parity kept: b stays off the centre
    k = (n - 1) // 2
    a, b = rng.sample(string.ascii_lowercase, 2)
    out = text(a * k + b + a * (n - k - 1))
elif mode == "max_all_same":
    # A seeded letter and a length just under the bound: each problem its own test (a letter alone repeats).
    out = text(rng.choice(string.ascii_lowercase) * (MAXN - rng.randint(0, 999)))
elif mode == "max_one_off":  # a...ab: every naive comparison runs to the last letter
    a, b = rng.sample(string.ascii_lowercase, 2)  # seeded letters and length: each problem its own test
    out = text(a * (MAXN - 1 - rng.randint(0, 999)) + b)
elif mode == "max_random":
    out = text(word(MAXN, rng.choice([2, 26])))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_n": "0\n\n", "wrong_length": "4\nabc\n", "upper": "3\naBc\n", "too_long": text("a" * (MAXN + 1)),
           "space_inside": "3\na c\n", "digit": "3\na1c\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
