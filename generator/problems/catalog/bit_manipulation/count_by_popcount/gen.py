"""Test generator for bit_manipulation.count_by_popcount: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv, maxk. Modes: sample, small, list triples=L-R-K,..., random, ends (ranges whose ends L, L - 1 or
R have exactly K ones, and R at 2^m - 1 / 2^m, where off-by-one ends go wrong), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV, MAXK = int(opts["maxq"]), int(opts["maxv"]), int(opts["maxk"])
rng = random.Random(seed)


def render(triples):
    return f"{len(triples)}\n" + "".join(f"{l} {r} {k}\n" for l, r, k in triples)


def ordered(a, b):
    return (min(a, b), max(a, b))


def big_question():
    low, high = ordered(rng.randint(0, MAXV), rng.randint(0, MAXV))
    if rng.random() < 0.3:
        low = rng.randint(0, 1000)
    return (low, high, min(MAXK, max(0, int(rng.gauss(high.bit_length() / 2, 6)))))


def end_question():
    m = rng.randint(1, 59)
    high = rng.choice([(1 << m) - 1, 1 << m, rng.randint(0, MAXV)])
    high = min(high, MAXV)
    low = rng.randint(0, high)
    k = bin(rng.choice([high, low, max(low - 1, 0)])).count("1")
    return (low, high, k)


if mode == "sample":
    high = rng.randint(12, 40)
    out = render([(rng.randint(1, 6), high, rng.randint(1, 3)), (0, rng.randint(5, 20), 0), ordered(rng.randint(1, 60), rng.randint(1, 60)) + (2,)])
elif mode == "small":
    triples = []
    for _ in range(rng.randint(1, 8)):
        low = rng.choice([rng.randint(0, 64), rng.randint(0, MAXV - 400), max(0, (1 << rng.randint(1, 59)) - rng.randint(0, 200))])
        high = min(MAXV, low + rng.choice([0, rng.randint(0, 10), rng.randint(0, 300)]))
        k = rng.choice([rng.randint(0, 6), bin(high).count("1"), bin(low).count("1"), rng.randint(0, MAXK)])
        triples.append((low, high, k))
    out = render(triples)
elif mode == "list":
    out = render([tuple(map(int, t.split("-"))) for t in opts["triples"].split(",")])
elif mode == "random":
    out = render([big_question() for _ in range(rng.randint(100, MAXQ // 10))])
elif mode == "ends":
    out = render([end_question() for _ in range(rng.randint(500, 2000))])
elif mode == "max":
    out = render([big_question() if i % 2 else end_question() for i in range(MAXQ)])
elif mode == "invalid":
    out = {
        "reversed": "1\n9 3 1\n", "too_big": f"1\n0 {MAXV + 1} 2\n", "k_too_big": f"1\n0 10 {MAXK + 1}\n",
        "too_few": "2\n1 5 1\n", "two_numbers": "1\n3 9\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
