"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
toks, res = case["input"].split(), case["output"].split()
ko = case["language"] == "ko"
variant = case["params"]["variant"]


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def primes_between(lo, hi):
    """The primes in [lo, hi] by a sieve of Eratosthenes, or None when hi is too large to sieve here."""
    if hi > 2_000_000:
        return None
    flags = bytearray([1]) * (hi + 1)
    flags[:2] = bytes(min(2, hi + 1))
    for d in range(2, int(hi ** 0.5) + 1):
        if flags[d]:
            flags[d * d::d] = bytes(len(range(d * d, hi + 1, d)))
    return [p for p in range(max(lo, 2), hi + 1) if flags[p]]


def distinct_factors(x):
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


if variant == "is_prime":
    def why(n):
        """A composite number as its smallest factor times the rest, so the NO can be checked."""
        n = int(n)
        if n < 2:
            return f"{n}은(는) 소수가 아님" if ko else f"{n} is not prime"
        d = next((d for d in range(2, int(n ** 0.5) + 1) if n % d == 0), None)
        return ("소수" if ko else "prime") if d is None else f"{n} = {d} × {n // d}"
    print("; ".join(f"{n} → {v} ({why(n)})" for n, v in zip(toks[1:], res)) + ".")
elif variant == "count_range":
    a, b, count = int(toks[0]), int(toks[1]), int(res[0])
    listed = ""
    if 0 < count <= 15:
        listed = " (" + ", ".join(str(n) for n in range(a, b + 1) if is_prime(n)) + ")"
    elif count > 15 and (primes := primes_between(a, b)):  # the first five and the last two: the ends can be checked
        listed = " (" + ", ".join(map(str, primes[:5])) + ", …, " + ", ".join(map(str, primes[-2:])) + ")"
    if ko:
        print(f"{a} 이상 {b} 이하의 소수는 {count}개입니다{listed}.")
    else:
        verb, noun = ("is", "prime") if count == 1 else ("are", "primes")
        print(f"There {verb} {count} {noun} between {a} and {b}{listed}.")
elif variant == "range_queries":
    q = int(toks[0])
    SHOWN = 4  # the first questions, each with its primes (the first three and the last when there are more)
    parts = []
    for i in range(min(q, SHOWN)):
        lo, hi = int(toks[1 + 2 * i]), int(toks[2 + 2 * i])
        primes = primes_between(lo, hi)
        if primes is None:
            shown = ""
        elif len(primes) > 5:
            shown = " (" + ", ".join(map(str, primes[:3])) + ", …, " + str(primes[-1]) + ")"
        else:
            shown = " (" + ", ".join(map(str, primes)) + ")" if primes else ""
        parts.append(f"[{lo}, {hi}]: {res[i]}" + ("개" if ko else "") + shown)
    more = ", …" if q > SHOWN else ""
    print(("각 구간의 소수 개수는 " if ko else "Primes per range: ") + ", ".join(parts) + more + ("입니다." if ko else "."))
else:
    q = int(toks[0])
    parts = [f"{x} → {' + '.join(map(str, distinct_factors(int(x))))}" + (f" = {s}" if len(distinct_factors(int(x))) > 1
                                                                        else "") for x, s in zip(toks[1:1 + q], res)]
    print(("각 수의 서로 다른 소인수의 합: " if ko else "Distinct prime factors summed: ") + "; ".join(parts) + ".")
