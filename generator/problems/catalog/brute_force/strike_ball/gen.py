"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then N lines "guess strikes balls". Params: maxn. Modes: sample name=, random hi=, case name=,
few_digits (guesses from few digits, many secrets survive), lie (one answer is changed, often leaving 0),
max kind=truthful|few_digits|lie, invalid kind=."""
import random
import sys
from itertools import permutations

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def number(digits="123456789"):
    return "".join(rng.sample(digits, 3))


def answer(secret, guess):
    strikes = sum(a == b for a, b in zip(secret, guess))
    return strikes, len(set(secret) & set(guess)) - strikes


def render(rows):
    return f"{len(rows)}\n" + "".join(f"{g} {s} {b}\n" for g, s, b in rows)


def truthful(n, digits="123456789"):
    secret = number()
    return [(g, *answer(secret, g)) for g in (number(digits) for _ in range(n))]


def with_lie(rows):
    i = rng.randrange(len(rows))
    g, s, b = rows[i]
    options = [(s2, b2) for s2 in range(4) for b2 in range(4 - s2) if (s2, b2) != (s, b) and (s2, b2) != (2, 1)]
    rows[i] = (g, *rng.choice(options))
    return rows


def candidates(rows, balls_with_strikes=False):
    """How many secret numbers agree with every answer; balls_with_strikes=True counts every common digit as a
    ball (wa_ball_includes_strikes)."""
    count = 0
    for secret in ("".join(p) for p in permutations("123456789", 3)):
        for g, s, b in rows:
            strikes, balls = answer(secret, g)
            if (strikes, balls + strikes if balls_with_strikes else balls) != (s, b):
                break
        else:
            count += 1
    return count


if mode == "sample":  # redrawn until counting strikes as balls too changes the count
    while True:
        rows = truthful(rng.randint(3, 4)) if opts["name"] == "truthful" else truthful(1)
        if candidates(rows) != candidates(rows, balls_with_strikes=True):
            break
elif mode == "random":
    rows = truthful(rng.randint(1, min(MAXN, int(opts["hi"]))))
elif mode == "few_digits":
    rows = truthful(rng.randint(2, 6), "".join(rng.sample("123456789", 5)))
elif mode == "lie":
    rows = with_lie(truthful(rng.randint(2, 6)))
elif mode == "case":
    g = number()
    rows = {
        "three_strikes": [(g, 3, 0)],
        "nothing": [(g, 0, 0)],
        "three_balls": [(g, 0, 3)],
        "contradiction": [(g, 3, 0), (g, 0, 0)],
        "impossible_answer": [(g, 2, 1)],
        "one_strike": [(g, 1, 0)],
        "one_ball": [(g, 0, 1)],
    }[opts["name"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "truthful":
        rows = truthful(MAXN)
    elif kind == "few_digits":
        rows = truthful(MAXN, "".join(rng.sample("123456789", 4)))
    else:
        rows = with_lie(truthful(MAXN, "".join(rng.sample("123456789", 5))))
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_many": lambda: render(truthful(MAXN + 1)),
        "zero_digit": lambda: "2\n123 1 0\n105 0 1\n",
        "repeated_digit": lambda: "2\n123 1 0\n355 0 1\n",
        "sum_too_big": lambda: "1\n123 2 2\n",
        "count_mismatch": lambda: "3\n123 1 0\n456 0 1\n",
        "two_digit_guess": lambda: "1\n12 1 0\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(rows))
