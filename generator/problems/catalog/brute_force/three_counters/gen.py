"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "P Q R", then "E S M". Params: maxc. Modes: sample name=found|none, random hi=, case name=, max kind=,
invalid kind=. Every input is tiny; max tests use the largest lengths."""
import math
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXC = int(opts["maxc"])
rng = random.Random(seed)


def name_of(year, p, q, r):
    return (year - 1) % p + 1, (year - 1) % q + 1, (year - 1) % r + 1


def reachable(p, q, r):
    return name_of(rng.randint(1, p * q * r), p, q, r)


def unreachable(p, q, r):
    for _ in range(1000):
        e, s, m = rng.randint(1, p), rng.randint(1, q), rng.randint(1, r)
        if (e - s) % math.gcd(p, q) or (e - m) % math.gcd(p, r) or (s - m) % math.gcd(q, r):
            return e, s, m
    raise SystemExit("no unreachable name for these lengths")


def render(lengths, name):
    return " ".join(map(str, lengths)) + "\n" + " ".join(map(str, name)) + "\n"


if mode == "sample":
    if opts["name"] == "found":
        # Redrawn until the year comes after P * Q (a search that stops there, wa_stops_early, misses it) and one
        # counter shows its largest value (year % P compared with E, wa_plain_modulo, never matches E = P).
        while True:
            lengths = (rng.randint(2, 6), rng.randint(3, 7), rng.randint(4, 9))
            p, q, r = lengths
            lcm = p * q // math.gcd(p, q) * r // math.gcd(p * q // math.gcd(p, q), r)
            if lcm <= p * q:
                continue
            year = rng.randint(p * q + 1, lcm)
            name = name_of(year, *lengths)
            if any(x == top for x, top in zip(name, lengths)):
                break
        out = render(lengths, name)
    else:
        lengths = (2 * rng.randint(1, 3), 2 * rng.randint(2, 4), rng.randint(3, 9))
        out = render(lengths, unreachable(*lengths))
elif mode == "random":
    lengths = tuple(rng.randint(1, min(MAXC, int(opts["hi"]))) for _ in range(3))
    out = render(lengths, reachable(*lengths) if rng.random() < 0.7 or max(
        math.gcd(lengths[0], lengths[1]), math.gcd(lengths[0], lengths[2]), math.gcd(lengths[1], lengths[2])) == 1
        else unreachable(*lengths))
elif mode == "case":
    out = {
        "ones": "1 1 1\n1 1 1\n",
        "last_of_all": "15 28 19\n15 28 19\n",
        "third_late": "2 3 5\n2 3 5\n",
        "even_odd": "2 4 3\n1 2 1\n",
        "equal_lengths": "6 6 6\n4 4 4\n",
        "equal_mismatch": "6 6 6\n4 5 4\n",
        "first_max": "7 1 1\n7 1 1\n",
    }[opts["name"]]
elif mode == "max":
    if opts["kind"] == "coprime":
        lengths = (MAXC, MAXC - 1, MAXC - 3 if MAXC % 3 else MAXC - 5)
        out = render(lengths, reachable(*lengths))
    elif opts["kind"] == "latest":
        lengths = (MAXC, MAXC - 1, MAXC - 3 if MAXC % 3 else MAXC - 5)
        out = render(lengths, name_of(math.prod(lengths) - rng.randint(0, 50), *lengths))
    else:
        lengths = (MAXC, MAXC - 2, MAXC - 4)
        out = render(lengths, unreachable(*lengths))
elif mode == "invalid":
    out = {
        "length_too_big": f"{MAXC + 1} 3 5\n1 1 1\n",
        "length_zero": "0 3 5\n1 1 1\n",
        "name_too_big": "4 3 5\n5 1 1\n",
        "name_zero": "4 3 5\n1 0 1\n",
        "one_line": "4 3 5 1 1 1\n",
        "two_numbers": "4 3\n1 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
