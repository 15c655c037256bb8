"""Test generator for gcd_lcm.remove_one: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample [tie=1], small, list values=a,b,..., random, smallest_is_good (removing the smallest
number is wrong), max spoilers=S (multiples of a large G with S numbers that are not), invalid kind=...
"""
import random
import sys
from functools import reduce
from math import gcd

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def with_spoilers(g, n, spoilers, hi):
    values = [g * rng.randint(1, hi // g) for _ in range(n)]
    for i in rng.sample(range(n), spoilers):
        values[i] = rng.randint(1, hi)
    return values


if mode == "sample" and opts.get("tie") == "1":
    # Every removal leaves the same gcd (two indices that tie always mean all do): the smallest index is the
    # answer, which taking the last best index (wa_last_index_on_tie) misses.
    g = rng.randint(2, 9)
    while True:
        values = [g * rng.randint(1, 12) for _ in range(rng.randint(3, 5))]
        # ... and the smallest number is not the first (removing the smallest, wa_remove_smallest, misses too)
        if len({reduce(gcd, values[:i] + values[i + 1:]) for i in range(len(values))} | {g}) == 1 \
                and values[0] > min(values):
            break
    out = render(values)
elif mode == "sample":
    g = rng.randint(3, 9)
    values = with_spoilers(g, rng.randint(4, 6), 1, 10 * g)
    out = render(values)
elif mode == "small":
    hi = rng.choice([12, 50, 200])
    n = rng.randint(2, 8)
    if rng.random() < 0.6:
        values = with_spoilers(rng.randint(1, 12), n, rng.randint(0, min(2, n)), hi)
    else:
        values = [rng.randint(1, hi) for _ in range(n)]
    out = render(values)
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    g = rng.randint(2, 10 ** 6)
    out = render(with_spoilers(g, rng.randint(100, MAXN // 10), rng.randint(0, 2), MAXV))
elif mode == "smallest_is_good":  # every number a multiple of G except a large one; the smallest is a multiple
    g = rng.randint(1000, 10 ** 5)
    values = [g * rng.randint(1, 1000) for _ in range(MAXN // 4)]
    values[rng.randrange(len(values))] = MAXV - rng.randint(0, 1000)
    out = render(values)
elif mode == "max":
    g = rng.randint(10 ** 4, 10 ** 6)
    out = render(with_spoilers(g, MAXN, int(opts["spoilers"]), MAXV))
elif mode == "invalid":
    out = {
        "zero": "3\n4 0 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "one_value": "1\n5\n", "too_few": "3\n4 6\n",
        "two_lines": "2\n4\n6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
