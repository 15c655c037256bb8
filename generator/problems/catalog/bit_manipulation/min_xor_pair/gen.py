"""Test generator for bit_manipulation.min_xor_pair: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample [last=1] (the closest words' XOR is never the smallest; without last=1 only words
of different bit lengths give the smallest), small, list values=a,b,...,
random, decoy (pairs B - 1, B around multiples of 4096 are the closest values but XOR to >= 8191; one hidden pair
c, c + 2 XORs to 2), max [decoy=1], invalid kind=...
All generated words are distinct unless a mode says otherwise, so a scan that stops at XOR 0 gains nothing.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def decoys(n):
    """n words: pairs (B - 1, B) for distinct multiples B of 4096, plus one pair (c, c + 2) with c = 0 mod 4
    placed half-way between two blocks: the smallest XOR is 2, the closest values give >= 8191."""
    blocks = rng.sample(range(2, MAXV // 4096), n // 2 - 1)
    words = []
    for b in blocks:
        words += [b * 4096 - 1, b * 4096]
    taken = set(blocks)
    free = rng.choice([m for m in range(2, MAXV // 4096 - 1) if m not in taken and m + 1 not in taken])
    c = free * 4096 + 2048 + 4 * rng.randint(0, 100)
    words += [c, c + 2]
    rng.shuffle(words)
    return words


if mode == "sample":  # the closest words never give the smallest XOR, so a sample refutes that guess
    while True:
        values = rng.sample(range(1, 64), rng.randint(4, 6))
        s = sorted(values)
        gap = min(b - a for a, b in zip(s, s[1:]))
        xors = [a ^ b for a, b in zip(s, s[1:])]
        if min(xors) >= min(a ^ b for a, b in zip(s, s[1:]) if b - a == gap):
            continue
        # ... nor do neighbours in input order (wa_unsorted_neighbours); with last=1 only the two largest words
        # give it, so a scan of the sorted neighbours that stops one pair early (wa_skips_last_pair) misses it
        if min(a ^ b for a, b in zip(values, values[1:])) == min(xors):
            continue
        if opts.get("last") == "1" and min(xors[:-1]) <= xors[-1]:
            continue
        # without last=1 the smallest XOR comes only from words of different bit lengths, so comparing only
        # neighbours with the same top bit (wa_same_length) misses it
        same = [a ^ b for a, b in zip(s, s[1:]) if a.bit_length() == b.bit_length()]
        if opts.get("last") != "1" and (not same or min(same) <= min(xors)):
            continue
        break
    out = render(values)
elif mode == "small":
    hi = rng.choice([8, 64, 5000, MAXV])
    n = rng.randint(2, 8)
    values = [rng.randint(0, hi) for _ in range(n)] if rng.random() < 0.3 else rng.sample(range(hi + 1), min(n, hi + 1))
    out = render(values if len(values) >= 2 else [0, hi])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render(rng.sample(range(MAXV + 1), rng.randint(100, MAXN // 10)))
elif mode == "decoy":
    out = render(decoys(rng.randint(50, 2000)))
elif mode == "max":
    out = render(decoys(MAXN) if opts.get("decoy") == "1" else rng.sample(range(MAXV + 1), MAXN))
elif mode == "invalid":
    out = {
        "one": "1\n5\n", "too_big": f"2\n{MAXV + 1} 2\n", "negative": "2\n-1 4\n", "too_few": "3\n4 6\n",
        "two_lines": "2\n4\n6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
