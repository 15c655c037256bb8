"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: T, then T lines
"A B C" with |C| = |A| + |B|. Params: maxt, maxlen. Modes: sample1, sample2, random lo= hi= [t=] [sigma=],
fixed case=, anti kind=, max kind=, invalid kind=. sigma is how many distinct letters are used (2 gives many
letters that fit both A and B)."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
rng = random.Random(seed)
LOWER = string.ascii_lowercase


def render(cases):
    return f"{len(cases)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in cases)


def word(n, sigma):
    return "".join(rng.choice(LOWER[:sigma]) for _ in range(n))


def shuffle_in(a, b):
    """A uniformly random merge of a and b."""
    picks = set(rng.sample(range(len(a) + len(b)), len(a)))
    ia, ib, out = iter(a), iter(b), []
    for p in range(len(a) + len(b)):
        out.append(next(ia) if p in picks else next(ib))
    return "".join(out)


def is_merge(a, b, c, chained=True):
    """Whether c is a merge of a and b; chained=False fills the first row and column by one letter each, not by
    the whole prefix before it (a wrong table)."""
    prev = [True] * (len(b) + 1)
    for j in range(1, len(b) + 1):
        prev[j] = (prev[j - 1] or not chained) and b[j - 1] == c[j - 1]
    for i in range(1, len(a) + 1):
        cur = [(prev[0] or not chained) and a[i - 1] == c[i - 1]]
        for j in range(1, len(b) + 1):
            x = c[i + j - 1]
            cur.append((prev[j] and a[i - 1] == x) or (cur[j - 1] and b[j - 1] == x))
        prev = cur
    return prev[-1]


def greedy(a, b, c):
    i = j = 0
    for x in c:
        if i < len(a) and a[i] == x:
            i += 1
        elif j < len(b) and b[j] == x:
            j += 1
        else:
            return False
    return True


def spoil(c):
    """A near miss of a merge: two letters swapped (often the same letters in a wrong order)."""
    s = list(c)
    for _ in range(20):
        p, q = rng.sample(range(len(s)), 2)
        if s[p] != s[q]:
            s[p], s[q] = s[q], s[p]
            break
    return "".join(s)


def case(lo, hi, sigma, want=None):
    """One question with lengths in [lo, hi]; want None: a merge or a near miss at random; True / False: that answer
    when a few tries find one."""
    want = rng.random() < 0.5 if want is None else want
    for _ in range(30):
        a, b = word(rng.randint(lo, hi), sigma), word(rng.randint(lo, hi), sigma)
        c = shuffle_in(a, b)
        if not want:
            c = spoil(c)
        if is_merge(a, b, c) == want:
            break
    return a, b, c


def greedy_trap(lo, hi):
    """A merge the A-first greedy misses: A and B share a prefix, and C takes it from B."""
    for _ in range(200):
        common = word(rng.randint(1, max(1, lo // 2)), 2)
        a = common + word(max(1, rng.randint(lo, hi) - len(common)), 2)
        b = common + word(max(1, rng.randint(lo, hi) - len(common)), 2)
        c = b[:len(common)] + shuffle_in(a, b[len(common):])
        if is_merge(a, b, c) and not greedy(a, b, c):
            return a, b, c
    return "a", "ab", "aba"


def both_fit(lo, hi):
    """Not a merge, yet C has the letters of A and B together and each of A and B is a subsequence of C."""
    def sub(s, big):
        it = iter(big)
        return all(x in it for x in s)
    for _ in range(500):
        a, b = word(rng.randint(lo, hi), 2), word(rng.randint(lo, hi), 2)
        c = spoil(shuffle_in(a, b))
        if sub(a, c) and sub(b, c) and not is_merge(a, b, c):
            return a, b, c
    return "ab", "ab", "baab"


def blowup(n):
    """Letters that fit both A and B until the very last one: every split looks alive, none works."""
    return "a" * n, "a" * n, "a" * (2 * n - 1) + "b"


if mode == "sample1":
    # A merge, a near miss and a merge the A-first greedy misses, in random order, drawn per seed.
    cases = [case(2, 5, 3, True), case(2, 5, 3, False), greedy_trap(2, 4)]
    rng.shuffle(cases)
    out = render(cases)
elif mode == "sample2":  # redrawn until a table whose first row and column do not chain answers otherwise
    while True:
        cases = [case(3, 6, 2, rng.random() < 0.5) for _ in range(rng.randint(2, 3))] + [both_fit(2, 4)]
        if any(is_merge(*q) != is_merge(*q, chained=False) for q in cases):
            break
    out = render(cases)
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXLEN, int(opts["hi"]))
    t = int(opts.get("t") or rng.randint(1, MAXT))
    sigma = int(opts.get("sigma") or rng.choice([2, 3, 26]))
    out = render([case(lo, hi, sigma) for _ in range(t)])
elif mode == "fixed":
    name = opts["case"]
    out = {
        "single": lambda: "1\na b ab\n",
        "single_swapped": lambda: "1\na b ba\n",
        "single_same": lambda: "1\na a aa\n",
        "wrong_letter": lambda: "1\na b aa\n",
        "greedy_small": lambda: "2\na ab aba\nb ba bab\n",
        "both_fit_small": lambda: "3\nab ab abba\nab ab baab\nab ab abab\n",
        "border": lambda: "3\na aba baaa\na bab abba\na aa baa\n",
        "one_sided": lambda: f"2\n{'a' * MAXLEN} b {'a' * MAXLEN}b\n{'a' * MAXLEN} b b{'a' * MAXLEN}\n",
    }[name]()
elif mode == "anti":
    kind = opts["kind"]
    if kind == "greedy":
        out = render([greedy_trap(20, 60) for _ in range(MAXT)])
    elif kind == "both_fit":
        out = render([both_fit(3, 12) for _ in range(MAXT)])
    else:  # blowup, with a few merges between
        out = render([blowup(rng.randint(12, 16))] + [case(10, 20, 2) for _ in range(3)])
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render([case(MAXLEN, MAXLEN, int(opts.get("sigma", 2))) for _ in range(MAXT)])
    elif kind == "greedy":
        out = render([greedy_trap(MAXLEN * 3 // 4, MAXLEN) for _ in range(MAXT)])
    else:  # blowup: every question at full length
        out = render([blowup(MAXLEN) for _ in range(MAXT // 2)]
                     + [case(MAXLEN, MAXLEN, 2, True) for _ in range(MAXT - MAXT // 2)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "t_too_big": lambda: render([("a", "b", "ab")] * (MAXT + 1)),
        "too_long": lambda: render([("a" * (MAXLEN + 1), "b", "a" * (MAXLEN + 1) + "b")]),
        "bad_length": lambda: "1\nab c abcc\n",
        "uppercase": lambda: "1\nAB c ABc\n",
        "missing": lambda: "1\nab abab\n",
        "t_short": lambda: "2\na b ab\n",
        "double_space": lambda: "1\na  b ab\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
