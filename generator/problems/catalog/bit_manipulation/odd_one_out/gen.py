"""Test generator for bit_manipulation.odd_one_out: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, many (values repeated 2, 4, 6 times and the
answer 1, 3 or 5 times), max distinct=D (N = maxn, D distinct values, the answer near the end), invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def log(distinct, hi, even_counts, odd_counts, total=None):
    """A shuffled log: `distinct` - 1 values with even counts and one value with an odd count."""
    values = rng.sample(range(1, hi + 1), distinct)
    answer, others = values[0], values[1:]
    entries = [answer] * rng.choice(odd_counts)
    for v in others:
        entries += [v] * rng.choice(even_counts)
    if total is not None:  # pad with even runs of the other values (or the answer) up to the size
        while len(entries) + 2 <= total:
            entries += [rng.choice(values)] * 2
    rng.shuffle(entries)
    return entries


if mode == "sample":
    # Redrawn until the device left on is toggled more often than some other one, so the value seen the fewest
    # times (wa_rarest_value) is not the answer.
    while True:
        text = render(log(rng.randint(3, 4), 20, [2, 2, 4], [1, 3]))
        values = list(map(int, text.split()))[1:]
        on = next(v for v in set(values) if values.count(v) % 2)
        if values.count(on) > min(values.count(v) for v in set(values) if v != on):
            break
    out = text
elif mode == "small":
    hi = rng.choice([5, 50, MAXV])
    out = render(log(rng.randint(1, min(4, hi)), hi, [2, 4], [1, 3, 5]))
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render(log(rng.randint(50, 5000), MAXV, [2, 4, 6], [1, 3]))
elif mode == "many":
    out = render(log(rng.randint(500, 3000), rng.choice([10000, MAXV]), [2, 4, 6], [1, 3, 5]))
elif mode == "max":
    distinct = int(opts["distinct"])
    entries = log(distinct, MAXV, [2], [1], total=MAXN)  # 2 * (D - 1) + 1 <= maxn entries, padded by pairs
    # Move every copy of the answer (the one odd count) to the end: a scan that stops at the first odd count
    # has to count almost every value first.
    counts = {}
    for v in entries:
        counts[v] = counts.get(v, 0) ^ 1
    answer = next(v for v, odd in counts.items() if odd)
    entries = [v for v in entries if v != answer] + [v for v in entries if v == answer]
    out = render(entries)
elif mode == "invalid":
    out = {
        "all_even": "4\n3 5 3 5\n", "two_odd": "3\n3 5 7\n", "zero": "3\n0 2 2\n", "too_big": f"1\n{MAXV + 1}\n",
        "too_few": "3\n4 4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
