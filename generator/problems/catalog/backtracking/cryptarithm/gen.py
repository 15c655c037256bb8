"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: T, then T lines "X+Y=Z" of capital letters. Params: maxt, maxlen.
Modes: sample1, sample2, random t= len= [letters=] (letters: at most that many different letters per puzzle, so
the brute force stays fast), fixed case=, max kind=, invalid kind=.
Most puzzles come from a true sum X + Y = Z written with a random injective digit -> letter map (so they have at
least one solution); some are random words over a few letters (often no solution)."""
import itertools
import operator
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXLEN = int(opts["maxt"]), int(opts["maxlen"])
rng = random.Random(seed)


def number(length):
    return rng.randint(10 ** (length - 1) if length > 1 else 0, 10 ** length - 1)


def spelled(x, y):
    letters = rng.sample(string.ascii_uppercase, 10)
    word = lambda v: "".join(letters[int(ch)] for ch in str(v))  # noqa: E731
    return f"{word(x)}+{word(y)}={word(x + y)}"


def true_sum(lx, ly, all_ten=False, letters=10, no_carry_out=False):
    """A spelled true sum with addends of lx and ly digits (their sum fits maxlen); all_ten: all 10 digits used;
    else at most `letters` different digits; no_carry_out: the sum is as long as the longer addend."""
    while True:
        x, y = number(lx), number(ly)
        used = len(set(f"{x}{y}{x + y}"))
        if no_carry_out and len(str(x + y)) > max(lx, ly):
            continue
        if len(str(x + y)) <= MAXLEN and (used == 10 if all_ten else used <= letters):
            return spelled(x, y)


def random_words(pool_size, length):
    pool = rng.sample(string.ascii_uppercase, pool_size)
    word = lambda n: "".join(rng.choice(pool) for _ in range(n))  # noqa: E731
    lz = min(MAXLEN, length + rng.randint(0, 1))
    return f"{word(rng.randint(1, length))}+{word(rng.randint(1, length))}={word(lz)}"


def other_digits(puzzle, carry_out=False, leading_zero=False):
    """Whether some distinct digits per letter make X + Y = Z + 10^len(Z) (carry_out: an answer that forgets the
    carry out of the leftmost column counts these), or make X + Y = Z with a word of several letters led by 0
    (leading_zero: an answer that allows a leading 0 counts these)."""
    left, z = puzzle.split("=")
    x, y = left.split("+")
    weight = {}  # X + Y - Z as a sum of weight * digit over the letters
    for word, sign in ((x, 1), (y, 1), (z, -1)):
        for place, ch in enumerate(reversed(word)):
            weight[ch] = weight.get(ch, 0) + sign * 10 ** place
    letters = list(weight)
    weights = [weight[ch] for ch in letters]
    leads = {w[0] for w in (x, y, z) if len(w) > 1}
    leading = [n for n, ch in enumerate(letters) if ch in leads]
    target = 10 ** len(z) if carry_out else 0
    return any(sum(map(operator.mul, weights, digits)) == target
               and (all if not leading_zero else lambda led: not all(led))(digits[n] for n in leading)
               for digits in itertools.permutations(range(10), len(letters)))


def render(puzzles):
    return f"{len(puzzles)}\n" + "".join(p + "\n" for p in puzzles)


if mode == "sample1":
    # A classic-looking puzzle with one carry, and a tiny one with several solutions. The first is redrawn until
    # some digits with a leading 0 would also fit: they do not count (on 1 of 30 seeds none did, and allowing a
    # leading 0 passed both samples).
    first = true_sum(rng.randint(2, 3), rng.randint(2, 3), letters=6)
    while not other_digits(first, leading_zero=True):
        first = true_sum(rng.randint(2, 3), rng.randint(2, 3), letters=6)
    out = render([first, spelled(rng.randint(1, 4), rng.randint(5, 8))])
elif mode == "sample2":
    # The first sum has no carry out of its leftmost column, and some other digits would make one: they do not
    # count. (Redrawn until such digits exist: on 1 of 10 seeds none did, and ignoring the last carry passed.)
    first = true_sum(3, 3, letters=6, no_carry_out=True)
    while not other_digits(first, carry_out=True):
        first = true_sum(3, 3, letters=6, no_carry_out=True)
    out = render([first, random_words(3, 2), true_sum(1, 2)])
elif mode == "random":
    t, length = min(MAXT, int(opts["t"])), min(MAXLEN - 1, int(opts["len"]))
    letters = int(opts.get("letters", 10))
    puzzles = []
    for _ in range(t):
        lx, ly = rng.randint(1, length), rng.randint(1, length)
        if rng.random() < 0.7:
            puzzles.append(true_sum(lx, ly, letters=letters))
        else:
            puzzles.append(random_words(rng.randint(2, min(6, letters)), length))
    out = render(puzzles)
elif mode == "fixed":
    letters = rng.sample(string.ascii_uppercase, 6)
    a, b, c, d, e, f = letters
    out = render({
        "doubling": [f"{a}+{a}={b}", f"{a}+{b}={a}", f"{a}+{b}={c}"],  # 0 as a single-letter word, carry out
        "overflow": [f"{a}{b}+{c}{d}={e}{f}", f"{a}{b}+{b}{a}={c}{c}", f"{a}+{b}={c}{d}"],
        "too_long": [f"{a}{b}+{c}={d}", f"{a}+{b}{c}{d}={e}{f}", f"{a}{b}{c}+{d}={a}{e}{f}"],
        "same_word": [f"{a}{b}{c}+{a}{b}{c}={d}{e}{f}", f"{a}+{a}={a}", f"{a}{a}+{a}{a}={b}{b}"],
    }[opts["case"]])
elif mode == "max":
    if opts["kind"] == "all_ten":  # every puzzle uses 10 letters: 3.6 million assignments each
        out = render([true_sum(rng.randint(4, MAXLEN - 1), rng.randint(4, MAXLEN - 1), True) for _ in range(MAXT)])
    else:  # distinct letters everywhere: many partial assignments survive, some puzzles have many solutions
        out = render([spelled(number(3), number(3)) if i % 2 else true_sum(MAXLEN - 1, MAXLEN - 1, True)
                      for i in range(MAXT)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_many_letters": "1\nABCDE+FGHIJ=KA\n",
        "lowercase": "1\nsend+more=money\n",
        "word_too_long": "1\n" + "A" * (MAXLEN + 1) + "+B=" + "C" * (MAXLEN + 1) + "\n",
        "missing_plus": "1\nSENDMORE=MONEY\n",
        "empty_word": "1\n+MORE=MONEY\n",
        "spaces": "1\nSEND + MORE = MONEY\n",
        "count_mismatch": "2\nA+B=C\n",
        "too_many_puzzles": render(["A+B=C"] * (MAXT + 1)),
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
