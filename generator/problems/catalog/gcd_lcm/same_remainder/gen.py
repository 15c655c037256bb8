"""Test generator for gcd_lcm.same_remainder: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, offset (numbers r + M·k whose values
themselves share no factor), max g=G|0|equal (G: answer G; 0: answer a random large M; equal: all one value),
small_last (4-8 numbers, mostly sharing a remainder, the last one smaller than N, drawn until the first a_N numbers alone
give another answer: a reader taking N from the last number, data[-1] for data[0], passed every published test
at seed 7 of the mutation sweep, '2 / 6 1' answers 5 1, that reader -1), invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def same_remainder(m, n, hi):
    """n numbers in [1, hi] that are all r mod m, not all equal (when hi allows)."""
    r = rng.randint(1, min(m, hi))
    r = r % m if r % m else (m if m <= hi else r)
    values = [r + m * rng.randint(0, (hi - r) // m) for _ in range(n)]
    if n > 1 and len(set(values)) == 1 and r + m <= hi:
        values[rng.randrange(n)] = r + m if values[0] != r + m else r
    return values


if mode == "sample":
    m = rng.randint(3, 12)
    out = render(same_remainder(m, rng.randint(3, 5), 8 * m))
elif mode == "small":
    hi = rng.choice([10, 40, 150])
    if rng.random() < 0.5:
        values = same_remainder(rng.randint(1, 12), rng.randint(1, 8), hi)
    else:
        values = [rng.randint(1, hi) for _ in range(rng.randint(1, 8))]
    out = render(values)
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "small_last":
    def answer(vals):
        g = 0
        for x in vals:
            g = __import__("math").gcd(g, abs(x - vals[0]))
        return (g, vals[0] % g) if g else -1

    while True:
        n = rng.randint(4, 8)
        m = rng.randint(2, 12)
        r = rng.randint(1, min(m, n) - 1)
        values = [r + m * rng.randint(0, 11) for _ in range(n - 1)]
        values.append(r if rng.random() < 0.8 else rng.randint(1, n - 1))  # mostly r: one remainder throughout
        if answer(values) != answer(values[:values[-1]]):
            break
    out = render(values)
elif mode == "random":
    m = rng.choice([rng.randint(2, 100), rng.randint(1000, 10 ** 6), rng.randint(10 ** 6, MAXV // 4)])
    out = render(same_remainder(m, rng.randint(100, MAXN // 10), MAXV))
elif mode == "offset":  # r = 1 makes gcd(a_i) = 1 while the differences share M
    m = rng.randint(1000, 100000)
    out = render([1 + m * rng.randint(1, (MAXV - 1) // m) for _ in range(MAXN // 2)])
elif mode == "max":
    g = opts["g"]
    if g == "equal":
        out = render([rng.randint(1, MAXV)] * MAXN)
    else:
        m = int(g) or rng.randint(MAXV // 1000, MAXV // 100)
        out = render(same_remainder(m, MAXN, MAXV))
elif mode == "invalid":
    out = {
        "zero": "3\n4 0 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "too_few": "3\n4 6\n", "two_lines": "2\n4\n6\n",
        "negative": "2\n-4 6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
