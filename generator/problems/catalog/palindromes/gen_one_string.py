"""Test generator of the one-string tasks (testlib style): python gen_one_string.py SEED MODE [key=value ...]
prints one input: N, then a string of N lowercase letters. Params: maxn. Modes: sample_tie, sample_even,
sample_plain, random lo= hi= [sigma=], fixed s=, max kind=same|random|alternating|palindrome|blocks|mirror_miss,
invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def word(length, sigma, alphabet=None):
    alphabet = alphabet or rng.sample(string.ascii_lowercase, sigma)
    return "".join(rng.choice(alphabet) for _ in range(length))


def palindrome(length, sigma, alphabet=None):
    half = word((length + 1) // 2, sigma, alphabet)
    return half + half[::-1][length % 2:]


def planted(n, sigma):
    """Random letters with a few palindromes of different lengths planted in them."""
    s = list(word(n, sigma))
    for _ in range(rng.randint(1, 3)):
        length = rng.randint(1, n)
        start = rng.randint(0, n - length)
        s[start:start + length] = palindrome(length, sigma)
    return "".join(s)


if mode == "sample_tie":  # two longest palindromes of the same length: the leftmost one counts
    letters = rng.sample("abcdefgh", 3)
    length = rng.randint(3, 4)
    first, second = palindrome(length, 0, letters), palindrome(length, 0, letters)
    out = text(rng.choice(["", "u", "vw"]) + first + "yz" + second)
elif mode == "sample_even":  # the longest palindrome has even length and every odd one is shorter
    letters = rng.sample("abcdefgh", 3)
    while True:  # the letters around the planted one can make a longer odd palindrome ("eeceecxa"): redraw then
        s = (word(rng.randint(1, 2), 0, letters) + palindrome(2 * rng.randint(2, 3), 0, letters) + "x"
             + word(rng.randint(1, 2), 0, letters))
        pals = [s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1]]
        longest = max(map(len, pals))
        if longest % 2 == 0 and all(len(p) < longest for p in pals if len(p) % 2):
            break
    out = text(s)
elif mode == "sample_plain":
    out = text(planted(rng.randint(6, 9), rng.randint(2, 3)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    sigma = int(opts.get("sigma") or rng.choice([1, 2, 2, 3, 26]))
    style = rng.random()
    if style < 0.4:
        out = text(planted(n, sigma))
    elif style < 0.6:
        s = palindrome(n, sigma)
        i = rng.randrange(n)
        out = text(s[:i] + rng.choice("abc") + s[i + 1:] if rng.random() < 0.5 else s)
    else:
        out = text(word(n, sigma))
elif mode == "fixed":
    out = text(opts["s"])
elif mode == "max":
    kind, n = opts["kind"], MAXN
    # Letters alone give few variants: the length is seeded too, just under the bound (each problem its own test).
    if kind == "same":  # every substring is a palindrome
        s = rng.choice(string.ascii_lowercase) * (n - rng.randint(0, min(999, n // 10)))
    elif kind == "random":
        s = word(n, int(opts.get("sigma") or 26))
    elif kind == "alternating":  # abab...: every odd-length substring is a palindrome, no even one
        a, b = rng.sample(string.ascii_lowercase, 2)
        s = ((a + b) * n)[:n - rng.randint(0, min(999, n // 10))]
    elif kind == "palindrome":  # one random palindrome over two letters
        s = palindrome(n, 2)
    elif kind == "blocks":  # runs of one letter: long even and odd palindromes around every run
        parts, total = [], 0
        while total < n:
            run = rng.randint(1, 40)
            parts.append(rng.choice("ab") * run)
            total += run
        s = "".join(parts)[:n]
    elif kind == "mirror_miss":  # a palindrome with its middle letter changed: long near-palindromes
        s = list(palindrome(n, 2))
        s[n // 2] = "z"
        s = "".join(s)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = text(s)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_n": "0\n\n", "wrong_length": "4\nabc\n", "upper": "3\naBc\n", "too_long": text("a" * (MAXN + 1)),
           "space_inside": "3\na c\n", "digit": "3\na1c\n", "missing_line": "3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
