"""Test generator for game_theory.stone_game: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random lo= hi= t=, all lo= hi= (every N in the range, shuffled),
extremes, residues (huge N of every residue mod 7), max kind=random|losing, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(counts):
    return f"{len(counts)}\n" + "".join(f"{n}\n" for n in counts)


def first_wins(n):
    return n % 7 not in (0, 2)


def refutes_all(counts):
    """Every tempting mistake (parity, only multiples of 7 lose, the misere rule) answers some game wrongly."""
    parity = any((n % 2 == 1) != first_wins(n) for n in counts)
    sevens = any((n % 7 != 0) != first_wins(n) for n in counts)
    misere = any((n % 7 not in (1, 3)) != first_wins(n) for n in counts)
    return parity and sevens and misere


if mode == "sample":
    if opts["which"] == "1":  # small counts a reader can play out by hand, redrawn until every mistake shows
        while True:
            counts = rng.sample(range(1, 13), rng.randint(4, 5))
            if refutes_all(counts) and any(not first_wins(n) for n in counts):
                break
    else:  # counts far too large to play out, of both outcomes
        while True:
            counts = [rng.randint(10 ** 9, MAXN) for _ in range(3)] + [7 * rng.randint(10 ** 12, MAXN // 7) + 2]
            rng.shuffle(counts)
            if refutes_all(counts):
                break
    out = text(counts)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    out = text([rng.randint(lo, hi) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    counts = list(range(int(opts["lo"]), int(opts["hi"]) + 1))
    rng.shuffle(counts)
    out = text(counts)
elif mode == "extremes":
    counts = list(range(1, 15)) + [MAXN - d for d in range(14)] + [7 * (MAXN // 7), 7 * (MAXN // 7) - 5]
    out = text(counts)
elif mode == "residues":  # huge counts of every residue mod 7, and both parities of each
    counts = []
    for r in range(7):
        for parity in (0, 1):
            n = 7 * rng.randint(10 ** 15, MAXN // 7 - 1) + r
            if n % 2 != parity:
                n += 7
            counts.append(n)
    rng.shuffle(counts)
    out = text(counts)
elif mode == "max":
    if opts["kind"] == "random":
        counts = [rng.randint(MAXN // 2, MAXN) for _ in range(MAXT)]
    else:  # mostly losing counts: a table filled up to N never finishes
        counts = [7 * rng.randint(MAXN // 14, MAXN // 7 - 1) + rng.choice((0, 2, 2, 5)) for _ in range(MAXT)]
    out = text(counts)
elif mode == "invalid":
    out = {
        "n_zero": text([5, 0, 3]), "n_too_big": text([MAXN + 1]), "t_mismatch": "3\n1\n2\n",
        "too_many": text([1] * (MAXT + 1)), "two_numbers": "1\n3 4\n", "leading_zero": "2\n07\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
