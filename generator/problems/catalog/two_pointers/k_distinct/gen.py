"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample1, sample2, random lo= hi=, fixed case=, blocks len=, max_long, max_random, max_wide,
invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(k, s):
    return f"{len(s)} {k}\n{s}\n"


def letters(count):
    return rng.sample(string.ascii_lowercase, count)


if mode == "sample1":  # the best window drops a letter and later comes back to one seen before
    a, b, c, d = letters(4)
    parts = [a * rng.randint(1, 2), b, a, c * rng.randint(1, 3), b, c, c, d, a]
    out = text(2, "".join(parts))
elif mode == "sample2":  # K larger than needed for a part, with a letter that breaks it
    a, b, c, d = letters(4)
    s = "".join(rng.choice([a, b]) for _ in range(rng.randint(3, 5))) + c + "".join(rng.choice([a, c, d]) for _ in range(4))
    out = text(3, s)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = letters(rng.choice([1, 2, 3, 4, 6, 26]))
    out = text(rng.randint(1, min(26, len(alphabet) + 1)), "".join(rng.choice(alphabet) for _ in range(n)))
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(1, "z"), "fewer_than_k": text(3, "abab"), "k_one": text(1, "abbbcccca"),
           "all_distinct": text(2, string.ascii_lowercase), "return": text(2, "aabacbebebe"),
           "k26": text(26, "thequickbrownfoxjumpsoverthelazydog")}[case]
elif mode == "blocks":  # long runs of a few letters: long windows qualify
    n = min(MAXN, int(opts["len"]))
    alphabet = letters(6)
    parts = []
    while sum(map(len, parts)) < n:
        parts.append(rng.choice(alphabet) * rng.randint(1, max(1, n // 50)))
    out = text(rng.randint(3, 5), "".join(parts)[:n])
elif mode == "max_long":  # the whole string qualifies: restarting at every position is quadratic
    alphabet = letters(rng.randint(3, 10))
    out = text(len(alphabet), "".join(rng.choice(alphabet) for _ in range(MAXN)))
elif mode == "max_random":
    out = text(rng.randint(5, 20), "".join(rng.choice(string.ascii_lowercase) for _ in range(MAXN)))
elif mode == "max_wide":  # K near the stated 26 over the whole alphabet: every letter recurs, windows stay short
    out = text(rng.randint(24, 25), "".join(rng.choice(string.ascii_lowercase) for _ in range(MAXN)))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"k_zero": text(0, "abc"), "k_too_big": text(27, "abc"), "upper": text(2, "abC"),
           "wrong_length": "4 2\nabc\n", "too_long": text(2, "a" * (MAXN + 1)), "space_inside": "3 2\na c\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
