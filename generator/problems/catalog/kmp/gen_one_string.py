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


def prefix(s, fallback="while"):
    """The prefix function. Wrong ones: fallback="once" falls back one border only, "reset" restarts from 0."""
    pi, k = [0] * len(s), 0
    for i in range(1, len(s)):
        while k and s[i] != s[k]:
            k = pi[k - 1] if fallback != "reset" else 0
            if fallback != "while":
                break
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def border_counts(s, upward=False):
    """border_counts' answer: each border (S included) with how often it occurs, the counts pushed down the chain
    of borders from the longest prefix (upward=True: from the shortest, a wrong order)."""
    pi, n = prefix(s), len(s)
    cnt = [0] * (n + 1)
    for v in pi:
        cnt[v] += 1
    for length in (range(1, n + 1) if upward else range(n, 0, -1)):
        cnt[pi[length - 1]] += cnt[length]
    borders, length = [], n
    while length:
        borders.append((length, cnt[length] + 1))
        length = pi[length - 1]
    return borders


if mode == "sample_period":  # a period that does not divide the length
    unit = word(rng.randint(3, 4), 3)
    out = text((unit * 4)[:len(unit) * 2 + rng.randint(1, len(unit) - 1)])
elif mode == "sample_borders":
    # Two letters, 8 to 12 of them, with at least two borders nested in each other (three with S itself).
    # Redrawn until a mismatch must fall back more than once (so falling back once, or restarting from 0, gives
    # another prefix function) and until adding the counts down the chain of borders in increasing order of length
    # gives another count to some border than in decreasing order.
    while True:
        s = word(rng.randint(8, 12), 2)
        right = prefix(s)
        if (len(border_counts(s)) >= 3 and prefix(s, "once") != right and prefix(s, "reset") != right
                and border_counts(s) != border_counts(s, upward=True)):
            break
    out = text(s)
elif mode == "sample_palin":
    # A palindromic suffix to reuse. Redrawn until running the prefix function over reverse(S) + S with no
    # separator between them matches across the join and answers otherwise, and until S is not a palindrome
    # already (one repeated letter, answer 0, shows nothing of the task).
    while True:
        head = word(rng.randint(2, 4), 3)
        core = word(rng.randint(2, 3), 3)
        s = head + core + core[::-1][1:]
        if prefix(s[::-1] + "#" + s)[-1] != prefix(s[::-1] + s)[-1] and s != s[::-1]:
            break
    out = text(s)
elif mode == "sample_plain":
    # Redrawn until the longest border of some prefix is longer than the whole word's: then the prefix function's
    # largest value is not its last, and a program taking the largest value anywhere (for the period or the
    # longest border) gets this sample wrong.
    while True:
        s = word(rng.randint(6, 9), rng.randint(2, 4))
        if max(prefix(s)) > prefix(s)[-1]:
            break
    out = text(s)
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
