"""Test generator for the sieve tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (is_prime | count_range | range_queries | factor_sum), maxq, maxv.
Modes: sample [kind=square] (count_range), small, random, case name=... (hand-picked edge and anti-heuristic
inputs), single x=... (one query, so the sieve's bound is exactly that number), upto n=... (every number 2..n),
max name=..., invalid kind=...
"""
import random
import sys
from math import isqrt

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXQ, MAXV = int(opts.get("maxq", "1")), int(opts["maxv"])
rng = random.Random(seed)


def is_prime(n):
    """Deterministic Miller-Rabin, exact far beyond 10^12."""
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def prime_at_most(n):
    while not is_prime(n):
        n -= 1
    return n


def primes_between(lo, hi):
    return [p for p in range(max(2, lo), hi + 1) if is_prime(p)]


# ----------------------------------------------------------------------------------------------- renderers
def lines_of(nums):  # is_prime: Q, then one number per line
    return f"{len(nums)}\n" + "".join(f"{n}\n" for n in nums)


def row_of(nums):  # factor_sum: Q, then the numbers on one line
    return f"{len(nums)}\n" + " ".join(map(str, nums)) + "\n"


def pairs_of(pairs):  # range_queries
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def one_range(a, b):  # count_range
    return f"{a} {b}\n"


def some_pair(hi):
    a, b = sorted((rng.randint(1, hi), rng.randint(1, hi)))
    return a, b


def render_values(values):
    """One input holding `values` as queries, in the variant's format (ranges [x, x] for range tasks)."""
    if VARIANT == "is_prime":
        return lines_of(values)
    if VARIANT == "factor_sum":
        return row_of(values)
    if VARIANT == "range_queries":
        return pairs_of([(x, x) for x in values])
    return one_range(values[0], values[-1])


# --------------------------------------------------------------------------------------------------- modes
def sample():
    if VARIANT == "is_prime":
        return lines_of(rng.sample(range(1, 60), rng.randint(3, 5)))
    if VARIANT == "count_range":
        if opts.get("kind") == "square":
            # From 1 to the square of a prime: 1 is not a prime, and neither is B (say 7 * 7), though no prime
            # below 7 divides it
            return one_range(1, rng.choice([9, 25, 49]))
        # B is a prime: the range includes it
        return one_range(rng.randint(1, 20), rng.choice(primes_between(20, 200)))
    if VARIANT == "range_queries":
        while True:  # one range starts at 1, which is not a prime, and another at a prime, which counts
            pairs = [some_pair(rng.choice([30, 100])) for _ in range(rng.randint(2, 4))]
            k = rng.randrange(len(pairs))
            pairs[k] = (1, pairs[k][1])
            if any(is_prime(a) for a, _ in pairs):
                return pairs_of(pairs)
    return row_of(rng.sample(range(2, 40), rng.randint(3, 5)))


def small(hi=None):
    if VARIANT == "is_prime":
        hi = hi or rng.choice([30, 300, 3000, 10_000])
        nums = [rng.randint(1, hi) for _ in range(rng.randint(1, MAXQ))]
        if not any(is_prime(n) for n in nums):
            nums[rng.randrange(len(nums))] = prime_at_most(rng.randint(2, hi))
        return lines_of(nums)
    if VARIANT == "count_range":
        return one_range(*some_pair(hi or rng.choice([20, 200, 1000, 3000])))
    if VARIANT == "range_queries":
        hi = hi or rng.choice([20, 200, 2000, 5000])
        return pairs_of([some_pair(hi) for _ in range(rng.randint(1, 10))])
    hi = hi or rng.choice([30, 300, 2000])
    return row_of([rng.randint(2, hi) for _ in range(rng.randint(1, 10))])


def random_case():
    if VARIANT == "is_prime":
        return lines_of([rng.randint(1, 10**6) for _ in range(MAXQ)])
    if VARIANT == "count_range":
        if rng.random() < 0.3:
            low = rng.randint(1, MAXV - 60)
            return one_range(low, low + rng.randint(0, 60))
        return one_range(*some_pair(5000))
    if VARIANT == "range_queries":
        if rng.random() < 0.3:
            return pairs_of([(x, x + rng.randint(0, 100)) for x in (rng.randint(1, MAXV - 100) for _ in range(2000))])
        return pairs_of([some_pair(10**5) for _ in range(rng.randint(50, 200))])
    return row_of([rng.randint(2, MAXV) for _ in range(rng.randint(100, 1000))])


def case(name):
    """Hand-picked edge and anti-heuristic inputs."""
    big_p = [prime_at_most(isqrt(MAXV) - rng.randint(0, 300)) for _ in range(4)]
    if VARIANT == "is_prime":
        table = {
            "ones": [1] * MAXQ,
            "tiny": [1, 2, 3, 4],
            "squares": [4, 9, 25, 49, 121, 169, 289, 361],
            "top": [MAXV],
            "pseudoprimes": [1, 4, 9, 25, 49, 341, 561, 1105, 1729, 2047],
            "big_squares": [p * p for p in big_p] + [1, 2, 3, 5],
            "semiprimes": [big_p[0] * big_p[1], big_p[2] * big_p[3], 645, 1387, 1905, 2465, 2701, 2821, 3277, 4033],
        }
        return lines_of(table[name])
    if VARIANT == "count_range":
        p = prime_at_most(rng.randint(1000, MAXV))
        q = prime_at_most(rng.randint(100, 300))
        table = {
            "top": (MAXV, MAXV), "prime_to_top": (prime_at_most(MAXV), MAXV), "one_to_three": (1, 3),
            "from_one": (1, rng.randint(2, 50)), "prime_square": (q * q, q * q), "prime": (p, p),
            "to_prime": (rng.randint(2, 30), p), "one_to_thousand": (1, 1000), "all": (1, MAXV),
        }
        return one_range(*table[name])
    if VARIANT == "range_queries":
        primes = primes_between(2, 5000)
        table = {
            "small_mix": [(1, 2), (2, 3), (4, 4)],
            "top": [(MAXV, MAXV)],
            "all": [(1, MAXV)],
            "prime_points": [(p, p) for p in rng.sample(primes, 10)],
            "from_one": [(1, rng.randint(1, 40)) for _ in range(20)],
            "from_prime": [(p, p + rng.randint(0, 30)) for p in rng.sample(primes, 30)],
            "square_ends": [(1, 4), (4, 9), (9, 9), (10, 25), (26, 49), (4, 4)],
        }
        return pairs_of(table[name])
    big = [p for p in primes_between(MAXV - 2000, MAXV)]
    mid = primes_between(500, 1000)
    table = {
        "top": [MAXV],
        "small_mix": [2, 3, 4, 6, 8, 12, 30, 210],
        "big_prime": [big[-1]],
        "prime_powers": [2 ** 19, 3 ** 12, 5 ** 8, 7 ** 7],
        "repeated": [12, 18, 72, 1024, 2 * 2 * 3 * 3 * 5 * 5, 4, 8, 9],
        "big_last": [2 * prime_at_most(rng.randint(1000, MAXV // 2)) for _ in range(10)],
        "semiprimes": [rng.choice(mid) * rng.choice(mid) for _ in range(50)],
        "twos": [2, 2, 3, 2, 4, 2],
        "big_square": [p * p for p in big_p],
    }
    return row_of(table[name])


def max_case(name):
    if VARIANT == "is_prime":
        if name == "near_top":
            return lines_of([prime_at_most(MAXV - rng.randint(0, 10**6)) for _ in range(MAXQ)])
        return lines_of([prime_at_most(rng.randint(MAXV // 2, MAXV)) for _ in range(MAXQ)])
    if VARIANT == "count_range":
        return one_range(1, MAXV) if name == "all" else one_range(rng.randint(1, 1000), MAXV)
    if VARIANT == "range_queries":
        if name == "wide":
            return pairs_of([(rng.randint(1, 1000), rng.randint(MAXV - 1000, MAXV)) for _ in range(MAXQ)])
        return pairs_of([some_pair(MAXV) for _ in range(MAXQ - 1)] + [(1, MAXV)])
    if name == "big_primes":  # primes near the top: per-query trial division is slow
        big = primes_between(MAXV - 20_000, MAXV)
        return row_of([rng.choice(big) for _ in range(MAXQ)])
    mid = primes_between(500, 1000)
    return row_of([rng.choice(mid) * rng.choice(mid) if i % 2 else rng.randint(2, MAXV)
                   for i in range(MAXQ - 1)] + [MAXV])


def invalid(kind):
    if VARIANT == "is_prime":
        table = {
            "too_many": lines_of([7] * (MAXQ + 1)), "zero": lines_of([0, 5]), "too_big": lines_of([MAXV + 1]),
            "missing": "3\n2\n3\n", "letter": "2\n5\n1O\n", "same_line": "2\n5 7\n",
            "no_newline": lines_of([5, 7]).rstrip("\n"),
        }
    elif VARIANT == "count_range":
        table = {
            "too_big": one_range(1, MAXV + 1), "zero": one_range(0, 10), "reversed": one_range(10, 9),
            "one_number": "5\n", "three_numbers": "1 10 3\n", "letter": "1 1O\n",
            "no_newline": one_range(3, 7).rstrip("\n"),
        }
    elif VARIANT == "range_queries":
        table = {
            "too_many": pairs_of([(1, 2)] * (MAXQ + 1)), "too_big": pairs_of([(1, MAXV + 1)]),
            "zero": pairs_of([(0, 5)]), "reversed": pairs_of([(9, 8)]), "missing": "3\n1 2\n3 4\n",
            "three_numbers": "1\n1 2 3\n", "no_newline": "1\n1 2",
        }
    else:
        table = {
            "too_many": row_of([2] * (MAXQ + 1)), "one": row_of([1, 5]), "too_big": row_of([MAXV + 1]),
            "missing": "3\n4 5\n", "separate_lines": "2\n4\n5\n", "letter": "2\n4 x\n",
            "no_newline": row_of([6, 10]).rstrip("\n"),
        }
    return table[kind]


if mode == "sample":
    out = sample()
elif mode == "small":
    out = small(int(opts["hi"]) if "hi" in opts else None)
elif mode == "random":
    out = random_case()
elif mode == "case":
    out = case(opts["name"])
elif mode == "single":
    out = render_values([int(opts["x"])])
elif mode == "upto":
    values = list(range(2, int(opts["n"]) + 1))
    if opts.get("order") == "shuffled":
        rng.shuffle(values)
    out = render_values(values)
elif mode == "max":
    out = max_case(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
