"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: A, then B.
Params: maxlen. Modes: sample1, sample2, random lo= hi= [sigma=], fixed case=, anti, max kind=, invalid kind=.
sigma is how many distinct letters are used (few letters: many best choices)."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXLEN = int(opts["maxlen"])
rng = random.Random(seed)
UPPER = string.ascii_uppercase


def word(n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(a, letters, edits):
    s = list(a)
    for _ in range(edits):
        op = rng.random()
        if op < 0.4 and len(s) > 1:
            del s[rng.randrange(len(s))]
        elif op < 0.8 and len(s) < MAXLEN:
            s.insert(rng.randint(0, len(s)), rng.choice(letters))
        else:
            s[rng.randrange(len(s))] = rng.choice(letters)
    return "".join(s)


def render(a, b):
    return f"{a}\n{b}\n"


def count(a, b, subtract=True):
    """The number of longest matches; subtract=False never takes off the choices that leave both last letters
    unused, which the two neighbours both count (wa_no_subtract)."""
    m = len(b)
    prev_len, prev_cnt = [0] * (m + 1), [1] * (m + 1)
    for ch in a:
        cur_len, cur_cnt = [0] * (m + 1), [1] * (m + 1)
        for j in range(1, m + 1):
            up, left, diag = prev_len[j], cur_len[j - 1], prev_len[j - 1]
            length = diag + 1 if b[j - 1] == ch else max(up, left)
            total = prev_cnt[j - 1] if b[j - 1] == ch else 0
            total += (prev_cnt[j] if up == length else 0) + (cur_cnt[j - 1] if left == length else 0)
            if subtract and diag == length:
                total -= prev_cnt[j - 1]
            cur_len[j], cur_cnt[j] = length, total
        prev_len, prev_cnt = cur_len, cur_cnt
    return prev_cnt[m]


if mode == "sample1":
    # Two letters, short strings: several best choices, some sharing letters; letters drawn per seed. Redrawn until
    # a count that never subtracts the doubly counted choices (wa_no_subtract) is too large.
    x, y = rng.sample(UPPER, 2)
    while True:
        a = "".join(rng.choice([x, y]) for _ in range(4))
        b = "".join(rng.choice([x, y]) for _ in range(rng.randint(3, 5)))
        if count(a, b) != count(a, b, subtract=False):
            break
    out = render(a, b)
elif mode == "sample2":
    letters = rng.sample(UPPER, 3)
    a = word(rng.randint(4, 6), letters)
    out = render(a, mutate(a, letters, 2))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXLEN, int(opts["hi"])))
    letters = rng.sample(UPPER, int(opts.get("sigma") or rng.choice([1, 2, 3, 5, 26])))
    a = word(n, letters)
    b = mutate(a, letters, rng.randint(1, n + 2)) if rng.random() < 0.5 else word(max(1, n + rng.randint(-2, 2)), letters)
    out = render(a, b)
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single_same": lambda: render("Q", "Q"),
        "single_diff": lambda: render("Q", "Z"),
        "disjoint": lambda: render("XY", "Z"),
        "repeat": lambda: render("AA", "A"),
        "equal": lambda: render("ABC", "ABC"),
        "cross": lambda: render("AB", "BA"),
        "ones": lambda: render("AAAA", "AA"),
    }[case]()
elif mode == "anti":
    letters = rng.sample(UPPER, 2)
    a = word(MAXLEN // 2, letters)
    out = render(a, mutate(a, letters, MAXLEN // 4))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(word(MAXLEN, UPPER), word(MAXLEN, UPPER))
    elif kind == "two_letters":
        letters = rng.sample(UPPER, 2)
        out = render(word(MAXLEN, letters), word(MAXLEN, letters))
    elif kind == "similar":
        letters = rng.sample(UPPER, 3)
        a = word(MAXLEN, letters)
        out = render(a, mutate(a, letters, MAXLEN // 10)[:MAXLEN])
    else:  # one letter: the count is a binomial coefficient
        ch = rng.choice(UPPER)
        out = render(ch * MAXLEN, ch * rng.randint(MAXLEN // 3, MAXLEN // 2))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_long": lambda: render("A" * (MAXLEN + 1), "A"),
        "lowercase": lambda: render("ABc", "ABC"),
        "empty": lambda: render("", "ABC"),
        "space": lambda: "AB C\nABC\n",
        "three_lines": lambda: "AB\nCD\nEF\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
