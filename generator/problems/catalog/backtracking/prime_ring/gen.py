"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then a_1..a_N (distinct). Params: maxn, maxa. Modes: sample1, sample2, random n= dense=0|1,
fixed case= (pair_prime, pair_not_prime, three, odd_dense, ones_and_twos, large_values,
square_sum), max kind=, invalid kind=. "Dense" sets are half odd, half even, improved by random local changes
until many odd + even pairs sum to a prime (random sets rarely have any ring at all)."""
import random
import sys
from itertools import permutations

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def is_prime(v):
    return v > 1 and all(v % d for d in range(2, int(v ** 0.5) + 1))


def prime_pairs(values):
    return sum(is_prime(x + y) for i, x in enumerate(values) for y in values[i + 1:])


def dense(n, cap):
    cap = min(cap, MAXA)
    odds = [v for v in range(1, cap + 1) if v % 2]
    evens = [v for v in range(2, cap + 1) if v % 2 == 0]
    values = improve(rng.sample(odds, (n + 1) // 2) + rng.sample(evens, n // 2), odds, evens)
    rng.shuffle(values)
    return values


def improve(values, odds, evens, keep=0):
    """300 random local changes, each kept when the number of prime odd + even sums does not drop; a value is
    replaced by another of its parity. The first `keep` values stay as they are."""
    best = prime_pairs(values)
    for _ in range(300):
        i = rng.randrange(keep, len(values))
        v = rng.choice(odds if values[i] % 2 else evens)
        if v in values:
            continue
        trial = values[:i] + [v] + values[i + 1:]
        score = prime_pairs(trial)
        if score >= best:
            values, best = trial, score
    return values


def rings(values, prime):
    """Good seatings with values[0] on seat 1, where prime(v) says whether the sum v counts as a prime."""
    n, used = len(values), [False] * len(values)

    def extend(last, filled):
        if filled == n:
            return int(prime(values[last] + values[0]))
        total = 0
        for j in range(1, n):
            if not used[j] and prime(values[last] + values[j]):
                used[j] = True
                total += extend(j, filled + 1)
                used[j] = False
        return total
    return extend(0, 1)


def square_sum(n):
    """A dense set whose largest value M puts q = isqrt(2M + 1) (the bound of the sieve's loop) at a prime, with two
    values summing to q * q, and whose count changes if q * q is taken for a prime: a sieve whose loop stops one
    short of sqrt(2M + 1) (range(2, isqrt(limit)), p * p < limit) never crosses q * q out."""
    for q in sorted((q for q in range(3, MAXA) if is_prime(q) and q * q <= 2 * MAXA), reverse=True):
        tops = [m for m in range(q * q // 2 + 1, MAXA + 1) if int((2 * m + 1) ** 0.5) == q]
        if not tops or n < 4:
            continue
        square = q * q
        near = lambda v: v == square or is_prime(v)  # noqa: E731 - the sieve that missed q * q
        for _ in range(20):
            top = rng.choice(tops)
            pair = [top, square - top]  # one odd and one even value
            odds = [v for v in range(1, top) if v % 2 and v not in pair]
            evens = [v for v in range(2, top) if v % 2 == 0 and v not in pair]
            values = improve(pair + rng.sample(odds, (n - 2) // 2) + rng.sample(evens, (n - 2) // 2), odds, evens,
                             keep=2)  # as dense(), keeping the pair
            rng.shuffle(values)
            good = rings(values, is_prime)
            if good and good != rings(values, near):
                return values
    return [3, 1]


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":
    out = render(dense(rng.choice([4, 6]), 20))
elif mode == "sample2":  # some row of prime neighbour sums does not close into a circle (seat N next to seat 1)
    while True:  # half odd, half even (else no circle), at least one good seating
        values = rng.sample(range(1, 41, 2), 3) + rng.sample(range(2, 41, 2), 3)
        rng.shuffle(values)
        rows = [row for row in permutations(values[1:]) if all(is_prime(x + y) for x, y in zip((values[0], *row), row))]
        if 0 < sum(is_prime(row[-1] + values[0]) for row in rows) < len(rows):
            break
    out = render(values)
elif mode == "random":
    n = min(MAXN, int(opts["n"]))
    n = rng.randint(2, n)
    out = render(dense(n, MAXA) if opts.get("dense") == "1" else rng.sample(range(1, MAXA + 1), n))
elif mode == "fixed":
    out = {
        "pair_prime": lambda: render(rng.choice([[1, 2], [MAXA - 2, MAXA - 1], [2, 3]])),
        "pair_not_prime": lambda: render(rng.choice([[1, 3], [MAXA - 1, MAXA], [4, 5]])),
        "three": lambda: render(dense(3, 30)),
        "odd_dense": lambda: render(dense(MAXN - 1 if MAXN % 2 == 0 else MAXN, MAXA)),
        "ones_and_twos": lambda: render(rng.sample([1, 2, 3, 4, 7, 10], 6)),
        "large_values": lambda: render(dense(6, MAXA)[:0] + rng.sample(range(MAXA - 20, MAXA + 1), 6)),
        "square_sum": lambda: render(square_sum(min(MAXN, 8))),
    }[opts["case"]]()
elif mode == "max":
    n = MAXN if MAXN % 2 == 0 else MAXN - 1
    out = render(dense(n, MAXA if opts["kind"] == "wide" else 40))
elif mode == "invalid":
    out = {
        "n_too_big": render(list(range(1, MAXN + 2))),
        "n_one": "1\n5\n",
        "repeated": "4\n1 2 3 2\n",
        "value_zero": "4\n0 1 2 3\n",
        "value_too_big": f"2\n1 {MAXA + 1}\n",
        "count_mismatch": "4\n1 2 3\n",
        "leading_zero": "2\n01 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
