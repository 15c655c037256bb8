"""Primes and the sieve of Eratosthenes.

Variants by difficulty: tutorial (is each of a few numbers prime: trial division up to sqrt), easy (count
the primes in one range [A, B], B ≤ 10^5), medium (many range queries, B ≤ 10^6: sieve + prefix sums),
hard (sum of the distinct prime factors of many numbers: smallest-prime-factor sieve).
"""
from __future__ import annotations

import random
from math import isqrt

from generator.problems.family import Draft, Family, TestInput, WrongSolution, choose_theme
from generator.problems.schema import Constraint, Difficulty, Language

VARIANTS: dict[Difficulty, str] = {
    Difficulty.tutorial: "is_prime",
    Difficulty.easy: "count_range",
    Difficulty.medium: "range_queries",
    Difficulty.hard: "distinct_factor_sum",
}

# Bounds per variant (the constraints and the validator both read these).
IS_PRIME_MAXQ, IS_PRIME_MAXN = 10, 10**9
COUNT_MAXB = 10**5
QUERIES_MAXQ, QUERIES_MAXB = 50_000, 10**6
FACTOR_MAXQ, FACTOR_MAXX = 50_000, 10**6

THEMES: dict[str, dict[Language, dict[str, str]]] = {
    "crypto": {
        "en": {"title": "Prime Keys", "who": "A security engineer", "item": "key number",
               "why": "only prime key numbers are strong enough for the new cipher"},
        "ko": {"title": "소수 암호 키", "who": "보안 엔지니어는", "item": "키 번호",
               "why": "새 암호 방식에는 소수인 키 번호만 쓸 수 있습니다"},
    },
    "astronomy": {
        "en": {"title": "Prime Stars", "who": "An astronomer", "item": "star catalogue number",
               "why": "she believes that stars with prime catalogue numbers are special"},
        "ko": {"title": "소수 별", "who": "천문학자는", "item": "별의 목록 번호",
               "why": "목록 번호가 소수인 별이 특별하다고 믿고 있습니다"},
    },
    "lockers": {
        "en": {"title": "Prime Lockers", "who": "The school janitor", "item": "locker number",
               "why": "lockers with prime numbers get a new lock this year"},
        "ko": {"title": "소수 사물함", "who": "학교 관리인은", "item": "사물함 번호",
               "why": "올해는 번호가 소수인 사물함에만 새 자물쇠를 답니다"},
    },
    "lottery": {
        "en": {"title": "Lucky Primes", "who": "A lottery club", "item": "ticket number",
               "why": "the club says that prime ticket numbers are lucky"},
        "ko": {"title": "행운의 소수", "who": "복권 동호회는", "item": "복권 번호",
               "why": "동호회 사람들은 번호가 소수인 복권이 행운을 가져온다고 말합니다"},
    },
}

VALIDATOR_HEAD = r'''
import re
import sys
INT = re.compile(r"0|-?[1-9][0-9]*")
data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
def ints(line, count=None):
    toks = line.split(" ")
    for tok in toks:
        assert INT.fullmatch(tok), "malformed integer " + repr(tok)
    if count is not None:
        assert len(toks) == count, "wrong count of integers on a line"
    return [int(tok) for tok in toks]
'''

# ---------------------------------------------------------------------------------------------- is_prime
IS_PRIME_VALIDATOR = VALIDATOR_HEAD + r'''
MAXQ, MAXN = %(maxq)d, %(maxn)d
(q,) = ints(lines[0], 1)
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q numbers, one per line"
for line in lines[1:]:
    (n,) = ints(line, 1)
    assert 1 <= n <= MAXN, "N_i out of range"
'''

IS_PRIME_REFERENCE = r'''
import sys
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
data = sys.stdin.read().split()
q = int(data[0])
print("\n".join("YES" if is_prime(int(x)) else "NO" for x in data[1:1 + q]))
'''

# Obviously correct: a prime has exactly two positive divisors.
IS_PRIME_BRUTE = r'''
import sys
data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    divisors = sum(1 for d in range(1, n + 1) if n % d == 0)
    print("YES" if divisors == 2 else "NO")
'''

IS_PRIME_WRONG_ONE = r'''
import sys
data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    ok = True
    d = 2
    while d * d <= n:
        if n % d == 0:
            ok = False
            break
        d += 1
    print("YES" if ok else "NO")  # forgets that 1 is not prime
'''

IS_PRIME_WRONG_SQRT = r'''
import sys
data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    ok = n >= 2
    d = 2
    while d * d < n:  # off by one: never tries d = sqrt(n), so 49 looks prime
        if n % d == 0:
            ok = False
            break
        d += 1
    print("YES" if ok else "NO")
'''

IS_PRIME_WRONG_FERMAT = r'''
import sys
data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    # Fermat test with base 2 only: pseudoprimes such as 341 = 11 * 31 pass it.
    ok = n == 2 or (n > 2 and pow(2, n - 1, n) == 1)
    print("YES" if ok else "NO")
'''

IS_PRIME_SLOW = r'''
import sys
data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    ok = n >= 2
    for d in range(2, n):  # tries every divisor up to n - 1
        if n % d == 0:
            ok = False
            break
    print("YES" if ok else "NO")
'''

# ------------------------------------------------------------------------------------------- count_range
COUNT_VALIDATOR = VALIDATOR_HEAD + r'''
MAXB = %(maxb)d
assert len(lines) == 1, "expected exactly one line"
a, b = ints(lines[0], 2)
assert 1 <= a <= MAXB and 1 <= b <= MAXB, "A or B out of range"
assert a <= b, "A must not exceed B"
'''

COUNT_REFERENCE = r'''
import sys
a, b = map(int, sys.stdin.read().split())
sieve = bytearray([1]) * (b + 1)
sieve[0] = 0
if b >= 1:
    sieve[1] = 0
p = 2
while p * p <= b:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, b + 1, p)))
    p += 1
print(sum(sieve[a:b + 1]))
'''

COUNT_BRUTE = r'''
import sys
a, b = map(int, sys.stdin.read().split())
count = 0
for n in range(a, b + 1):
    if n >= 2 and all(n % d for d in range(2, n)):
        count += 1
print(count)
'''

COUNT_WRONG_ONE = r'''
import sys
a, b = map(int, sys.stdin.read().split())
count = 0
for n in range(a, b + 1):
    d, ok = 2, True
    while d * d <= n:
        if n % d == 0:
            ok = False
            break
        d += 1
    count += ok  # 1 has no divisor d >= 2, so it is counted as a prime
print(count)
'''

COUNT_WRONG_SQRT = r'''
import sys
a, b = map(int, sys.stdin.read().split())
count = 0
for n in range(max(a, 2), b + 1):
    d, ok = 2, True
    while d * d < n:  # misses squares of primes
        if n % d == 0:
            ok = False
            break
        d += 1
    count += ok
print(count)
'''

COUNT_WRONG_HALF_OPEN = r'''
import sys
a, b = map(int, sys.stdin.read().split())
sieve = bytearray([1]) * (b + 1)
sieve[0] = 0
if b >= 1:
    sieve[1] = 0
for p in range(2, b + 1):
    if p * p > b:
        break
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, b + 1, p)))
print(sum(sieve[a:b]))  # forgets B itself
'''

COUNT_SLOW = r'''
import sys
a, b = map(int, sys.stdin.read().split())
count = 0
for n in range(a, b + 1):
    if n < 2:
        continue
    ok = True
    for d in range(2, n):  # per-number trial division over every smaller number
        if n % d == 0:
            ok = False
            break
    count += ok
print(count)
'''

# ----------------------------------------------------------------------------------------- range_queries
QUERIES_VALIDATOR = VALIDATOR_HEAD + r'''
MAXQ, MAXB = %(maxq)d, %(maxb)d
(q,) = ints(lines[0], 1)
assert 1 <= q <= MAXQ, "Q out of range"
assert len(lines) == q + 1, "expected Q query lines"
for line in lines[1:]:
    a, b = ints(line, 2)
    assert 1 <= a <= MAXB and 1 <= b <= MAXB, "A_i or B_i out of range"
    assert a <= b, "A_i must not exceed B_i"
'''

QUERIES_REFERENCE = r'''
import sys
from itertools import accumulate
data = sys.stdin.buffer.read().split()
q = int(data[0])
nums = list(map(int, data[1:1 + 2 * q]))
m = max(nums[1::2])
sieve = bytearray([1]) * (m + 1)
sieve[0] = 0
sieve[1] = 0
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
pref = list(accumulate(sieve, initial=0))  # pref[x] = number of primes below x
out = [pref[nums[2 * i + 1] + 1] - pref[nums[2 * i]] for i in range(q)]
print("\n".join(map(str, out)))
'''

QUERIES_BRUTE = r'''
import sys
from math import isqrt
data = sys.stdin.read().split()
q = int(data[0])
for i in range(q):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    print(sum(1 for n in range(a, b + 1) if n >= 2 and all(n % d for d in range(2, isqrt(n) + 1))))
'''

QUERIES_WRONG_ONE = r'''
import sys
from itertools import accumulate
data = sys.stdin.buffer.read().split()
q = int(data[0])
nums = list(map(int, data[1:1 + 2 * q]))
m = max(nums[1::2])
sieve = bytearray([1]) * (m + 1)
sieve[0] = 0  # forgets to cross out 1
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
pref = list(accumulate(sieve, initial=0))
print("\n".join(str(pref[nums[2 * i + 1] + 1] - pref[nums[2 * i]]) for i in range(q)))
'''

QUERIES_WRONG_PREFIX = r'''
import sys
from itertools import accumulate
data = sys.stdin.buffer.read().split()
q = int(data[0])
nums = list(map(int, data[1:1 + 2 * q]))
m = max(nums[1::2])
sieve = bytearray([1]) * (m + 1)
sieve[0] = sieve[1] = 0
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
pref = list(accumulate(sieve))  # pref[x] = number of primes <= x
# off by one: pref[B] - pref[A] drops A when A itself is prime
print("\n".join(str(pref[nums[2 * i + 1]] - pref[nums[2 * i]]) for i in range(q)))
'''

QUERIES_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
q = int(data[0])
nums = list(map(int, data[1:1 + 2 * q]))
m = max(nums[1::2])
sieve = bytearray([1]) * (m + 1)
sieve[0] = sieve[1] = 0
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
out = []
for i in range(q):
    count = 0
    for x in range(nums[2 * i], nums[2 * i + 1] + 1):  # walks every range: O(Q * (B - A))
        if sieve[x]:
            count += 1
    out.append(count)
print("\n".join(map(str, out)))
'''

# ----------------------------------------------------------------------------------- distinct_factor_sum
FACTOR_VALIDATOR = VALIDATOR_HEAD + r'''
MAXQ, MAXX = %(maxq)d, %(maxx)d
assert len(lines) == 2, "expected exactly two lines"
(q,) = ints(lines[0], 1)
assert 1 <= q <= MAXQ, "Q out of range"
xs = ints(lines[1], q)
for x in xs:
    assert 2 <= x <= MAXX, "X_i out of range"
'''

FACTOR_REFERENCE = r'''
import sys
from array import array
from math import isqrt
data = sys.stdin.buffer.read().split()
q = int(data[0])
xs = list(map(int, data[1:1 + q]))
m = max(xs)
r = isqrt(m)
small = bytearray([1]) * (r + 1)
primes = []
for p in range(2, r + 1):
    if small[p]:
        primes.append(p)
        small[p * p::p] = bytes(len(range(p * p, r + 1, p)))
spf = array("i", range(m + 1))  # smallest prime factor
for p in reversed(primes):  # smaller primes are written last, so they win
    spf[p * p::p] = array("i", [p]) * len(range(p * p, m + 1, p))
out = []
for x in xs:
    s = 0
    while x > 1:
        p = spf[x]
        s += p
        while x % p == 0:
            x //= p
    out.append(s)
print("\n".join(map(str, out)))
'''

FACTOR_BRUTE = r'''
import sys
data = sys.stdin.read().split()
q = int(data[0])
for x in map(int, data[1:1 + q]):
    total = 0
    for d in range(2, x + 1):
        if x % d == 0 and all(d % e for e in range(2, d)):
            total += d
    print(total)
'''

FACTOR_WRONG_MULTIPLICITY = r'''
import sys
from array import array
from math import isqrt
data = sys.stdin.buffer.read().split()
q = int(data[0])
xs = list(map(int, data[1:1 + q]))
m = max(xs)
spf = array("i", range(m + 1))
for p in reversed(range(2, isqrt(m) + 1)):
    if all(p % d for d in range(2, isqrt(p) + 1)):
        spf[p * p::p] = array("i", [p]) * len(range(p * p, m + 1, p))
out = []
for x in xs:
    s = 0
    while x > 1:  # adds a prime once per power: 12 = 2 * 2 * 3 gives 7
        s += spf[x]
        x //= spf[x]
    out.append(s)
print("\n".join(map(str, out)))
'''

FACTOR_WRONG_LAST = r'''
import sys
data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for x in map(int, data[1:1 + q]):
    s, d = 0, 2
    while d * d <= x:
        if x % d == 0:
            s += d
            while x % d == 0:
                x //= d
        d += 1
    out.append(s)  # forgets the prime factor left over above sqrt(x)
print("\n".join(map(str, out)))
'''

FACTOR_SLOW = r'''
import sys
data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for x in map(int, data[1:1 + q]):
    s, d = 0, 2
    while d * d <= x:  # trial division for every query: O(Q * sqrt(X))
        if x % d == 0:
            s += d
            while x % d == 0:
                x //= d
        d += 1
    if x > 1:
        s += x
    out.append(s)
print("\n".join(map(str, out)))
'''


# ------------------------------------------------------------------------------------ host-side helpers
def _is_prime(n: int) -> bool:
    """Deterministic Miller-Rabin, exact for n < 3.3 * 10^24."""
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


def _prime_at_most(n: int) -> int:
    while not _is_prime(n):
        n -= 1
    return n


def _primes_upto(n: int) -> list[int]:
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\0\0"
    for p in range(2, isqrt(n) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i in range(n + 1) if sieve[i]]


class Sieve(Family):
    name = "sieve"
    category = "primes and the sieve of Eratosthenes"
    tags = ("math", "number theory", "primes", "sieve")
    keywords = (
        "prime", "primes", "prime number", "prime numbers", "sieve", "eratosthenes", "sieve of eratosthenes",
        "number theory", "prime factor", "prime factors", "factorization",
        "소수", "소수 판정", "에라토스테네스", "에라토스테네스의 체", "정수론", "수학", "소인수", "소인수분해",
    )

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language) -> Draft:
        variant = VARIANTS[difficulty]
        theme, t = choose_theme(rng, THEMES, language)
        build = {
            "is_prime": _build_is_prime,
            "count_range": _build_count_range,
            "range_queries": _build_range_queries,
            "distinct_factor_sum": _build_factor_sum,
        }[variant]
        parts = build(rng)
        legend, input_format, output_format, notes = _texts(variant, language, t)
        return Draft(
            family=self.name,
            variant=variant,
            theme=theme,
            title=t["title"],
            tags=list(self.tags),
            legend=legend,
            input_format=input_format,
            output_format=output_format,
            notes=notes,
            constraints=parts["constraints"],
            reference=parts["reference"],
            brute=parts["brute"],
            validator=parts["validator"],
            tests=parts["tests"],
            stress=parts["stress"],
            near_invalid=parts["near_invalid"],
            wrong_solutions=parts["wrong"],
            explain=lambda inp, out: _explain(variant, inp, out, language),
            signature_key=f"{theme}:{variant}",
        )


def _tests(samples, small, edge, randoms, anti, maxes, *, edge_small) -> list[TestInput]:
    return (
        [TestInput(s, "sample", small=True) for s in samples]
        + [TestInput(s, "small", small=True) for s in small]
        + [TestInput(s, "edge", small=edge_small(s)) for s in edge]
        + [TestInput(s, "random") for s in randoms]
        + [TestInput(s, "anti") for s in anti]
        + [TestInput(s, "max") for s in maxes]
    )


def _build_is_prime(rng: random.Random) -> dict:
    maxq, maxn = IS_PRIME_MAXQ, IS_PRIME_MAXN

    def render(nums: list[int]) -> str:
        return f"{len(nums)}\n" + "".join(f"{n}\n" for n in nums)

    def small_case(hi: int) -> str:
        q = rng.randint(1, maxq)
        nums = [rng.randint(1, hi) for _ in range(q)]
        if not any(_is_prime(n) for n in nums):
            nums[rng.randrange(q)] = _prime_at_most(rng.randint(2, hi))
        return render(nums)

    samples = [render(rng.sample(range(1, 60), rng.randint(3, 5))) for _ in range(2)]
    small = [small_case(rng.choice([30, 300, 3000, 10_000])) for _ in range(10)]
    edge = [render([1]), render([2]), render([1, 2, 3, 4]), render([4, 9, 25, 49, 121, 169, 289, 361]),
            render([maxn]), render([1] * maxq)]
    randoms = [render([rng.randint(1, 10**6) for _ in range(maxq)]) for _ in range(3)]
    big_p = [_prime_at_most(isqrt(maxn) - rng.randint(0, 300)) for _ in range(4)]
    anti = [
        render([1, 4, 9, 25, 49, 341, 561, 1105, 1729, 2047]),  # 1, prime squares, base-2 pseudoprimes
        render([p * p for p in big_p] + [1, 2, 3, 5]),
        render([big_p[0] * big_p[1], big_p[2] * big_p[3], 645, 1387, 1905, 2465, 2701, 2821, 3277, 4033]),
    ]
    maxes = [
        render([_prime_at_most(maxn - rng.randint(0, 10**6)) for _ in range(maxq)]),
        render([_prime_at_most(rng.randint(maxn // 2, maxn)) for _ in range(maxq)]),
    ]
    stress = [small_case(rng.choice([20, 100, 2000])) for _ in range(120)]
    near_invalid = [
        render([7] * (maxq + 1)),
        render([0, 5]),
        render([maxn + 1]),
        "3\n2\n3\n",  # fewer numbers than Q
        "2\n5\n1O\n",  # malformed integer
        "2\n5 7\n",  # two numbers on one line
        render([5, 7]).rstrip("\n"),  # missing final newline
    ]
    wrong = [
        WrongSolution("one_is_prime", IS_PRIME_WRONG_ONE),
        WrongSolution("sqrt_off_by_one", IS_PRIME_WRONG_SQRT),
        WrongSolution("fermat_base_2", IS_PRIME_WRONG_FERMAT),
        WrongSolution("trial_division_to_n", IS_PRIME_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "number of queries", "ko": "질문의 수"}),
        Constraint(symbol="N_i", low=1, high=maxn, meaning={"en": "numbers to check", "ko": "판정할 수"}),
    ]
    return {
        "constraints": constraints, "reference": IS_PRIME_REFERENCE, "brute": IS_PRIME_BRUTE,
        "validator": IS_PRIME_VALIDATOR % {"maxq": maxq, "maxn": maxn},
        "tests": _tests(samples, small, edge, randoms, anti, maxes,
                        edge_small=lambda s: max(map(int, s.split()[1:])) <= 10_000),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_count_range(rng: random.Random) -> dict:
    maxb = COUNT_MAXB

    def render(a: int, b: int) -> str:
        return f"{a} {b}\n"

    def case(hi: int) -> str:
        a, b = sorted((rng.randint(1, hi), rng.randint(1, hi)))
        return render(a, b)

    samples = [render(rng.randint(1, 10), rng.randint(20, 60)), case(100)]
    small = [case(rng.choice([20, 200, 1000, 3000])) for _ in range(10)]
    big_prime = _prime_at_most(maxb)
    edge = [render(1, 1), render(2, 2), render(1, 2), render(4, 4), render(maxb, maxb),
            render(big_prime, maxb), render(1, 3)]
    randoms = [case(5000), case(5000)]
    low = rng.randint(1, maxb - 60)
    randoms.append(render(low, low + rng.randint(0, 60)))
    p = _prime_at_most(rng.randint(1000, maxb))
    q = _prime_at_most(rng.randint(100, 300))
    anti = [render(1, rng.randint(2, 50)), render(q * q, q * q), render(p, p), render(rng.randint(2, 30), p),
            render(1, 1000)]
    maxes = [render(1, maxb), render(rng.randint(1, 1000), maxb)]
    stress = [case(rng.choice([10, 60, 300])) for _ in range(120)]
    near_invalid = [render(1, maxb + 1), render(0, 10), render(10, 9), "5\n", "1 10 3\n", "1 1O\n",
                    render(3, 7).rstrip("\n")]
    wrong = [
        WrongSolution("one_is_prime", COUNT_WRONG_ONE),
        WrongSolution("sqrt_off_by_one", COUNT_WRONG_SQRT),
        WrongSolution("half_open_range", COUNT_WRONG_HALF_OPEN),
        WrongSolution("trial_division_to_n", COUNT_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="A", low=1, high=maxb, meaning={"en": "start of the range", "ko": "구간의 시작"}),
        Constraint(symbol="B", low=1, high=maxb, meaning={"en": "end of the range, A ≤ B", "ko": "구간의 끝, A ≤ B"}),
    ]
    return {
        "constraints": constraints, "reference": COUNT_REFERENCE, "brute": COUNT_BRUTE,
        "validator": COUNT_VALIDATOR % {"maxb": maxb},
        "tests": _tests(samples, small, edge, randoms, anti, maxes,
                        edge_small=lambda s: int(s.split()[1]) - int(s.split()[0]) <= 3000),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_range_queries(rng: random.Random) -> dict:
    maxq, maxb = QUERIES_MAXQ, QUERIES_MAXB

    def render(pairs: list[tuple[int, int]]) -> str:
        return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)

    def pair(hi: int) -> tuple[int, int]:
        a, b = sorted((rng.randint(1, hi), rng.randint(1, hi)))
        return a, b

    def case(q: int, hi: int) -> str:
        return render([pair(hi) for _ in range(q)])

    samples = [case(rng.randint(2, 4), 30), case(rng.randint(2, 4), 100)]
    small = [case(rng.randint(1, 10), rng.choice([20, 200, 2000, 5000])) for _ in range(10)]
    primes = _primes_upto(5000)
    edge = [render([(1, 1)]), render([(2, 2)]), render([(1, 2), (2, 3), (4, 4)]),
            render([(maxb, maxb)]), render([(1, maxb)]),
            render([(p, p) for p in rng.sample(primes, 10)])]
    randoms = [case(rng.randint(50, 200), 10**5) for _ in range(2)]
    randoms.append(render([(x, x + rng.randint(0, 100)) for x in (rng.randint(1, maxb - 100) for _ in range(2000))]))
    anti = [
        render([(1, rng.randint(1, 40)) for _ in range(20)]),  # A = 1: is 1 counted?
        render([(p, p + rng.randint(0, 30)) for p in rng.sample(primes, 30)]),  # A prime: prefix off by one
    ]
    maxes = [
        render([(rng.randint(1, 1000), rng.randint(maxb - 1000, maxb)) for _ in range(maxq)]),
        render([pair(maxb) for _ in range(maxq - 1)] + [(1, maxb)]),
    ]
    stress = [case(rng.randint(1, 5), rng.choice([10, 50, 500])) for _ in range(120)]
    near_invalid = [
        render([(1, 2)] * (maxq + 1)),
        render([(1, maxb + 1)]),
        render([(0, 5)]),
        render([(9, 8)]),
        "3\n1 2\n3 4\n",  # fewer queries than Q
        "1\n1 2 3\n",
        "1\n1 2\n".rstrip("\n"),
    ]
    wrong = [
        WrongSolution("one_is_prime", QUERIES_WRONG_ONE),
        WrongSolution("prefix_off_by_one", QUERIES_WRONG_PREFIX),
        WrongSolution("scan_each_range", QUERIES_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "number of queries", "ko": "질문의 수"}),
        Constraint(symbol="A_i, B_i", low=1, high=maxb, meaning={"en": "A_i ≤ B_i", "ko": "A_i ≤ B_i"}),
    ]
    return {
        "constraints": constraints, "reference": QUERIES_REFERENCE, "brute": QUERIES_BRUTE,
        "validator": QUERIES_VALIDATOR % {"maxq": maxq, "maxb": maxb},
        "tests": _tests(samples, small, edge, randoms, anti, maxes,
                        edge_small=lambda s: sum(int(x) for x in s.split()[2::2]) <= 50_000),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _build_factor_sum(rng: random.Random) -> dict:
    maxq, maxx = FACTOR_MAXQ, FACTOR_MAXX

    def render(xs: list[int]) -> str:
        return f"{len(xs)}\n" + " ".join(map(str, xs)) + "\n"

    def case(q: int, hi: int) -> str:
        return render([rng.randint(2, hi) for _ in range(q)])

    samples = [render(rng.sample(range(2, 40), rng.randint(3, 5))), case(rng.randint(3, 5), 100)]
    small = [case(rng.randint(1, 10), rng.choice([30, 300, 2000])) for _ in range(10)]
    big_primes = [p for p in _primes_upto(maxx) if p > maxx - 200_000]
    mid_primes = [p for p in _primes_upto(1000) if p > 500]
    edge = [render([2]), render([maxx]), render([2, 3, 4, 6, 8, 12, 30, 210]), render([big_primes[-1]]),
            render([2 ** 19, 3 ** 12, 5 ** 8, 7 ** 7])]
    randoms = [case(rng.randint(100, 1000), maxx) for _ in range(3)]
    anti = [
        render([12, 18, 72, 1024, 2 * 2 * 3 * 3 * 5 * 5, 4, 8, 9]),  # repeated factors
        render([2 * p for p in rng.sample([p for p in _primes_upto(maxx // 2) if p > 1000], 10)]),  # big last factor
        render([rng.choice(mid_primes) * rng.choice(mid_primes) for _ in range(50)]),
    ]
    maxes = [
        render([rng.choice(big_primes) for _ in range(maxq)]),  # primes near 10^6: sqrt trial division is slow
        render([rng.choice(mid_primes) * rng.choice(mid_primes) if i % 2 else rng.randint(2, maxx)
                for i in range(maxq - 1)] + [maxx]),
    ]
    stress = [case(rng.randint(1, 8), rng.choice([10, 60, 250])) for _ in range(120)]
    near_invalid = [
        render([2] * (maxq + 1)),
        render([1, 5]),
        render([maxx + 1]),
        "3\n4 5\n",  # fewer numbers than Q
        "2\n4\n5\n",  # numbers on separate lines
        "2\n4 x\n",
        render([6, 10]).rstrip("\n"),
    ]
    wrong = [
        WrongSolution("counts_multiplicity", FACTOR_WRONG_MULTIPLICITY),
        WrongSolution("drops_last_factor", FACTOR_WRONG_LAST),
        WrongSolution("trial_division_per_query", FACTOR_SLOW, "slow"),
    ]
    constraints = [
        Constraint(symbol="Q", low=1, high=maxq, meaning={"en": "number of queries", "ko": "질문의 수"}),
        Constraint(symbol="X_i", low=2, high=maxx, meaning={"en": "numbers to factor", "ko": "소인수분해할 수"}),
    ]
    return {
        "constraints": constraints, "reference": FACTOR_REFERENCE, "brute": FACTOR_BRUTE,
        "validator": FACTOR_VALIDATOR % {"maxq": maxq, "maxx": maxx},
        "tests": _tests(samples, small, edge, randoms, anti, maxes,
                        edge_small=lambda s: max(map(int, s.split()[1:])) <= 3000),
        "stress": stress, "near_invalid": near_invalid, "wrong": wrong,
    }


def _explain(variant: str, inp: str, out: str, language: Language) -> str:
    toks = inp.split()
    res = out.split()
    ko = language == "ko"
    if variant == "is_prime":
        nums = toks[1:]
        parts = []
        for n, verdict in zip(nums, res):
            if ko:
                parts.append(f"{n} → {verdict} ({'소수' if verdict == 'YES' else '소수가 아님'})")
            else:
                parts.append(f"{n} → {verdict} ({'prime' if verdict == 'YES' else 'not prime'})")
        return "; ".join(parts) + "."
    if variant == "count_range":
        a, b = int(toks[0]), int(toks[1])
        count = int(res[0])
        listed = ""
        if 0 < count <= 15:
            found = [str(n) for n in range(a, b + 1) if _is_prime(n)]
            listed = " (" + ", ".join(found) + ")"
        if ko:
            return f"{a} 이상 {b} 이하의 소수는 {count}개입니다{listed}."
        verb, noun = ("is", "prime") if count == 1 else ("are", "primes")
        return f"There {verb} {count} {noun} between {a} and {b}{listed}."
    if variant == "range_queries":
        q = int(toks[0])
        parts = []
        for i in range(q):
            a, b = toks[1 + 2 * i], toks[2 + 2 * i]
            parts.append(f"[{a}, {b}]: {res[i]}" + ("개" if ko else ""))
        head = "각 구간의 소수 개수는 " if ko else "Primes per range: "
        return head + ", ".join(parts) + ("입니다." if ko else ".")
    q = int(toks[0])
    parts = []
    for x, s in zip(toks[1:1 + q], res):
        factors = _distinct_factors(int(x))
        parts.append(f"{x} → {' + '.join(map(str, factors))} = {s}")
    return ("각 수의 서로 다른 소인수의 합: " if ko else "Distinct prime factors summed: ") + "; ".join(parts) + "."


def _distinct_factors(x: int) -> list[int]:
    found, d = [], 2
    while d * d <= x:
        if x % d == 0:
            found.append(d)
            while x % d == 0:
                x //= d
        d += 1
    if x > 1:
        found.append(x)
    return found


def _texts(variant: str, language: Language, t: dict[str, str]) -> tuple[str, str, str, str]:
    if language == "ko":
        prime = "소수는 1보다 큰 정수 중에서 1과 자기 자신만을 약수로 가지는 수입니다."
        if variant == "is_prime":
            legend = (f"{t['who']} {t['item']}를 점검하고 있습니다. {t['why']}. {prime} "
                      f"주어진 Q개의 {t['item']} N_i 각각이 소수인지 판정하세요.")
            inp = "첫째 줄에 Q가 주어집니다. 둘째 줄부터 Q개의 줄에 걸쳐 한 줄에 하나씩 N_i가 주어집니다."
            out = "각 N_i에 대해 한 줄에 하나씩, 소수이면 YES, 아니면 NO를 출력합니다."
            notes = "1은 소수가 아닙니다."
        elif variant == "count_range":
            legend = (f"{t['who']} {t['item']}가 A 이상 B 이하인 것들을 살펴보려고 합니다. {t['why']}. {prime} "
                      "A 이상 B 이하의 정수 중 소수의 개수를 구하세요.")
            inp = "첫째 줄에 두 정수 A와 B가 공백으로 구분되어 주어집니다."
            out = "A 이상 B 이하인 소수의 개수를 출력합니다."
            notes = "A와 B도 구간에 포함됩니다."
        elif variant == "range_queries":
            legend = (f"{t['who']} {t['item']}에 대한 Q개의 질문을 받았습니다. {t['why']}. {prime} "
                      "i번째 질문은 A_i 이상 B_i 이하의 정수 중 소수가 몇 개인지 묻습니다. 모든 질문에 답하세요.")
            inp = "첫째 줄에 Q가 주어집니다. 다음 Q개의 줄에 A_i와 B_i가 공백으로 구분되어 주어집니다."
            out = "각 질문의 답을 한 줄에 하나씩 순서대로 출력합니다."
            notes = "구간의 양 끝도 포함됩니다. 질문이 많으므로 질문마다 구간 전체를 살펴보면 시간 안에 끝나지 않을 수 있습니다."
        else:
            legend = (f"{t['who']} {t['item']} X_i마다 점수를 매기려고 합니다. 점수는 X_i를 나누는 서로 다른 소수들의 합입니다. "
                      "예를 들어 12 = 2 × 2 × 3 의 점수는 2 + 3 = 5입니다. Q개의 수 각각의 점수를 구하세요.")
            inp = "첫째 줄에 Q가 주어집니다. 둘째 줄에 X_1, ..., X_Q가 공백으로 구분되어 주어집니다."
            out = "각 X_i의 점수를 한 줄에 하나씩 순서대로 출력합니다."
            notes = "같은 소인수가 여러 번 곱해져 있어도 한 번만 더합니다."
        return legend, inp, out, notes
    prime = "A prime is an integer greater than 1 whose only positive divisors are 1 and itself."
    if variant == "is_prime":
        legend = (f"{t['who']} is checking some {t['item']}s: {t['why']}. {prime} "
                  f"For each of the Q given {t['item']}s N_i, decide whether it is prime.")
        inp = "The first line contains Q. Each of the next Q lines contains one integer N_i."
        out = "For each N_i, in order, print YES if it is prime and NO otherwise, one per line."
        notes = "1 is not a prime."
    elif variant == "count_range":
        legend = (f"{t['who']} looks at every {t['item']} from A to B: {t['why']}. {prime} "
                  "Count the primes among the integers from A to B inclusive.")
        inp = "The only line contains two integers A and B separated by a space."
        out = "Print the number of primes p with A ≤ p ≤ B."
        notes = "Both A and B belong to the range."
    elif variant == "range_queries":
        legend = (f"{t['who']} received Q questions about {t['item']}s: {t['why']}. {prime} "
                  "The i-th question asks how many primes lie between A_i and B_i inclusive. Answer all of them.")
        inp = "The first line contains Q. Each of the next Q lines contains A_i and B_i separated by a space."
        out = "Print the answer to each question on its own line, in order."
        notes = ("Both ends belong to the range. There are many questions, so walking through every range "
                 "separately may be too slow.")
    else:
        legend = (f"{t['who']} scores every {t['item']} X_i by the sum of the distinct primes that divide it. "
                  "For example, 12 = 2 × 2 × 3 scores 2 + 3 = 5. Compute the score of each of the Q numbers.")
        inp = "The first line contains Q. The second line contains X_1, ..., X_Q separated by spaces."
        out = "Print the score of each X_i on its own line, in order."
        notes = "A prime that divides X_i several times is still added only once."
    return legend, inp, out, notes
