"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, S, M, then M
questions "l r". Params: maxn, maxm. Modes: sample kind=odd|even, random lo= hi= [m=], fixed s= (every question
once), max kind=same|palindrome|blocks|binary, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def text(s, questions):
    return f"{len(s)}\n{s}\n{len(questions)}\n" + "".join(f"{l} {r}\n" for l, r in questions)


def word(length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def palindrome(length, alphabet):
    half = word((length + 1) // 2, alphabet)
    return half + half[::-1][length % 2:]


def planted(n, alphabet):
    """Random letters with a few palindromes of different lengths planted in them."""
    s = list(word(n, alphabet))
    for _ in range(rng.randint(1, 4)):
        length = rng.randint(1, n)
        start = rng.randint(0, n - length)
        s[start:start + length] = palindrome(length, alphabet)
    return "".join(s)


def palindromes_of(s, limit):
    """Up to `limit` palindromic substrings (1-based), longest first among a random sample of centres."""
    n, found = len(s), []
    for t in rng.sample(range(2 * n - 1), min(2 * n - 1, limit)):
        i, j = t // 2, t - t // 2
        while i >= 0 and j < n and s[i] == s[j]:
            i, j = i - 1, j + 1
        if j - i - 1 >= 2:
            found.append((i + 2, j))
    return found


def questions(s, m, long_share=0.0):
    """A mix: palindromes, palindromes one letter wider or narrower on one side, random and long pieces."""
    n = len(s)
    pals = palindromes_of(s, 400)
    out = []
    for _ in range(m):
        x = rng.random()
        if x < 0.35 and pals:
            l, r = rng.choice(pals)
            y = rng.random()
            if y < 0.3:
                l, r = l - 1, r + 1  # one wider on both sides
            elif y < 0.5:
                l, r = l + 1, r - 1
            elif y < 0.7:
                r += rng.choice([-1, 1])
            l, r = max(1, l), min(n, r)
            if l > r:
                l, r = r, l
        elif x < 0.35 + long_share:
            span = rng.randint(max(1, n - 50), n)
            l = rng.randint(1, n - span + 1)
            r = l + span - 1
        elif x < 0.45:
            l = r = rng.randint(1, n)
        else:
            l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
        out.append((l, r))
    return out


def end_traps(s):
    """Four letters whose ends match but whose middle two differ (like `abca`): no palindrome, though checking only
    the ends of short pieces says it is. As (l, r), 1-based."""
    return [(i + 1, i + 4) for i in range(len(s) - 3) if s[i] == s[i + 3] and s[i + 1] != s[i + 2]]


if mode == "sample":
    alphabet = rng.sample(string.ascii_lowercase, 3)
    while True:  # redrawn until s holds such a trap; one question asks about it
        if opts["kind"] == "odd":
            s = word(rng.randint(1, 2), alphabet) + palindrome(rng.choice([5, 7]), alphabet) + word(1, alphabet)
        else:
            even = palindrome(rng.choice([4, 6]), alphabet)
            s = word(1, alphabet) + even + word(rng.randint(1, 2), alphabet)
        if end_traps(s):
            break
    asked = questions(s, rng.randint(3, 5))
    must = [rng.choice(end_traps(s))] + ([(2, 1 + len(even))] if opts["kind"] != "odd" else [])
    for question in must:  # the even kind also asks about its planted even palindrome
        if question not in asked:
            asked.insert(rng.randint(0, len(asked)), question)
    out = text(s, asked)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    alphabet = rng.sample(string.ascii_lowercase, rng.choice([1, 2, 2, 3, 26]))
    s = planted(n, alphabet) if rng.random() < 0.6 else palindrome(n, alphabet)
    if rng.random() < 0.3:  # a palindrome with one letter changed: long near misses
        i = rng.randrange(n)
        s = s[:i] + rng.choice("xyz") + s[i + 1:]
    out = text(s, questions(s, rng.randint(1, min(MAXM, int(opts.get("m", 30)))), 0.1))
elif mode == "fixed":
    s = opts["s"]
    out = text(s, [(l, r) for l in range(1, len(s) + 1) for r in range(l, len(s) + 1)])
elif mode == "max":
    kind, n = opts["kind"], MAXN - rng.randint(0, 99)  # the length is seeded too: each problem its own test
    alphabet = rng.sample(string.ascii_lowercase, 2)
    if kind == "same":
        s = alphabet[0] * n
    elif kind == "palindrome":
        s = palindrome(n, alphabet)
    elif kind == "blocks":  # runs of one letter: many long even and odd palindromes
        parts, total = [], 0
        while total < n:
            run = rng.randint(1, 40)
            parts.append(rng.choice(alphabet) * run)
            total += run
        s = "".join(parts)[:n]
    elif kind == "binary":
        s = word(n, alphabet)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    if kind in ("same", "palindrome"):  # long pieces around the middle: an inward walk is slow on each
        qs = []
        for _ in range(MAXM - rng.randint(0, 99)):
            a = rng.randint(0, n // 3)
            qs.append((1 + a, n - a - rng.choice([0, 0, 1])))
    else:
        qs = questions(s, MAXM - rng.randint(0, 99), 0.3)
    out = text(s, qs)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"r_before_l": "3\naba\n1\n3 1\n", "r_too_big": "3\naba\n1\n1 4\n", "zero_l": "3\naba\n1\n0 2\n",
           "wrong_m": "3\naba\n2\n1 3\n", "wrong_length": "4\naba\n1\n1 3\n", "upper": "3\naBa\n1\n1 3\n",
           "too_long": text("a" * (MAXN + 1), [(1, 1)]), "too_many": text("ab", [(1, 2)] * (MAXM + 1)),
           "zero_m": "3\naba\n0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
