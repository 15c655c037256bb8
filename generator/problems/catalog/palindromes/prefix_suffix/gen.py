"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then a string of
N lowercase letters. Params: maxn. Modes: sample kind=prefix|suffix, random lo= hi=, fixed s=,
max kind=random|runs|runs_suffix|palindrome|wrapped|binary|near, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def letters(sigma):
    return rng.sample(string.ascii_lowercase, sigma)


def word(length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def palindrome(length, alphabet):
    half = word((length + 1) // 2, alphabet)
    return half + half[::-1][length % 2:]


def wrap(outer, middle):
    """outer + middle + reverse(outer), with the middle's ends made different so matching stops at the middle."""
    if len(middle) >= 2 and middle[0] == middle[-1]:
        middle = middle[:-1] + ("z" if middle[0] != "z" else "y")
    return outer + middle + outer[::-1]


def middle_with(length, alphabet, side):
    """A middle whose longest palindromic prefix (or suffix) is long, followed (or preceded) by random letters."""
    p = palindrome(rng.randint(1, max(1, length - 1)), alphabet)
    rest = word(length - len(p), alphabet)
    return p + rest if side == "prefix" else rest + p


def runs(length, a, b):
    """a^m b a^m' with m' a little below m (never a palindrome): trying prefix lengths one by one walks far on
    each."""
    m = (length + 1) // 2 + rng.randint(0, 5)
    return a * m + b + a * (length - m - 1)


def border(t):
    """The longest proper border of t (the last value of the prefix function)."""
    pi = [0] * len(t)
    for i in range(1, len(t)):
        j = pi[i - 1]
        while j and t[j] != t[i]:
            j = pi[j - 1]
        pi[i] = j + (t[j] == t[i])
    return pi[-1] if t else 0


def palindromic_prefix(m):
    return max(k for k in range(len(m) + 1) if m[:k] == m[:k][::-1])


def telling(middle, side):
    """prefix: the prefix function of middle + reverse(middle) without a separator overshoots (a border longer than
    the middle, as for `abbab`); suffix: the longest palindromic suffix is longer than the longest prefix one."""
    if side == "prefix":
        return max(border(middle + middle[::-1]), border(middle[::-1] + middle)) > len(middle)
    return palindromic_prefix(middle[::-1]) > palindromic_prefix(middle)


if mode == "sample":
    alphabet = letters(3)
    outer = word(rng.randint(1, 3), alphabet)
    while True:
        s = wrap(outer, middle_with(rng.randint(4, 6), alphabet, opts["kind"]))
        if telling(s[len(outer):len(s) - len(outer)], opts["kind"]):
            break
    out = text(s)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = letters(rng.choice([1, 2, 2, 3, 26]))
    style = rng.random()
    if style < 0.5 and n >= 3:
        outer_len = rng.randint(0, (n - 1) // 2)
        middle = middle_with(n - 2 * outer_len, alphabet, rng.choice(["prefix", "suffix"]))
        s = wrap(word(outer_len, alphabet), middle)
    elif style < 0.65:
        s = palindrome(n, alphabet)
        if rng.random() < 0.5:
            i = rng.randrange(n)
            s = s[:i] + rng.choice("xyz") + s[i + 1:]
    else:
        s = word(n, alphabet)
    out = text(s)
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind, n = opts["kind"], MAXN - rng.randint(0, 999)  # the length is seeded too: each problem its own test
    a, b, c = letters(3)
    if kind == "random":
        s = word(n, letters(26))
    elif kind == "runs":  # short matched ends around a^m b a^m' c: long walks for every candidate length
        outer = word(rng.randint(1, 50), [b, c])
        s = outer + runs(n - 2 * len(outer) - 1, a, b) + c + outer[::-1]
    elif kind == "runs_suffix":  # the same mirrored: c a^m' b a^m, the long walks on the suffix side
        outer = word(rng.randint(1, 50), [b, c])
        s = outer + c + runs(n - 2 * len(outer) - 1, a, b)[::-1] + outer[::-1]
    elif kind == "palindrome":  # the whole string: the answer is N
        s = palindrome(n, [a, b])
    elif kind == "wrapped":  # long matched ends, the middle's best part on a seeded side
        outer = word(n // 3, [a, b, c])
        middle = middle_with(n - 2 * len(outer), [a, b], rng.choice(["prefix", "suffix"]))
        s = wrap(outer, middle)
    elif kind == "binary":
        s = word(n, [a, b])
    elif kind == "near":  # a palindrome with one letter changed near the middle
        s = list(palindrome(n, [a, b]))
        i = n // 2 + rng.randint(-50, 50)
        s[i] = c
        s = "".join(s)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(s)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_n": "0\n\n", "wrong_length": "4\nabc\n", "upper": "3\naBa\n", "too_long": text("a" * (MAXN + 1)),
           "space_inside": "3\na a\n", "digit": "3\na1a\n", "missing_line": "3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
