"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample kind=short|long, random lo= hi= [letters=], fixed case=,
max kind=periodic|two_letters|long_runs pair=XY|blocks|random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(s):
    return f"{len(s)}\n{s}\n"


def shuffled(s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


if mode == "sample":
    if opts["kind"] == "short":  # a balanced block, then a fourth letter that makes a second balanced window
        block = shuffled("ABC")
        out = text(block + block[0] + rng.choice("ABC"))
    else:  # two letters balance each other often; only windows with the third letter too count
        out = text(shuffled("AABBCC") + rng.choice(["AB", "BA"]) + rng.choice("ABC"))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = opts.get("letters", "ABC")
    out = text("".join(rng.choice(letters) for _ in range(n)))
elif mode == "fixed":
    out = {"one": text("A"), "abc": text("ABC"), "ab_only": text("ABABAB"), "repeat": text("ABC" * 4),
           "none": text("AAABBB"), "cba": text("CBA" + "CAB")}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "periodic":  # ABCABC...: about N^2/18 balanced windows (past 2^31 at N = 200000)
        # A seeded order of the three letters and a seeded length, so that two problems of one job get two tests
        # (6 orders x 3 lengths let one seed in 18 repeat another's); never a changed letter, which would split the
        # prefix classes and halve the count.
        unit = "".join(rng.sample("ABC", 3))
        out = text((unit * MAXN)[:MAXN - rng.randint(0, min(999, MAXN // 10))])
    elif kind == "two_letters":  # A and B balance everywhere, C never appears: the answer is 0
        out = text("".join(rng.choice("AB") for _ in range(MAXN)))
    elif kind == "long_runs":  # X^cut Y X^rest (pair=XY): two prefixes differ by one Y and any 1..N-1 X's, so a key
        x, y = opts["pair"]  # that packs two differences into one number as d1 * K + d2 with K < N collides (pairs CA,
        cut = rng.randint(MAXN // 4, MAXN // 2)  # AC, BA, BC catch each of the six such packings)
        out = text(x * cut + y + x * (MAXN - 1 - cut))
    elif kind == "blocks":
        s = []
        while len(s) < MAXN:
            s.extend(shuffled("ABC") if rng.random() < 0.7 else rng.choice("ABC") * rng.randint(1, 3))
        out = text("".join(s[:MAXN]))
    else:
        out = text("".join(rng.choice("ABC") for _ in range(MAXN)))
elif mode == "invalid":
    out = {"too_long": text("A" * (MAXN + 1)), "letter": text("ABD"), "lower": text("abc"), "count": "4\nABC\n",
           "space": "3\nA BC\n", "zero": "0\n\n", "leading_zero": "03\nABC\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
