"""Wrong: the sieve loop stops at p < sqrt(N) (range(2, isqrt(n))), so the prime p = isqrt(N) never crosses off
p * p; when N = p * p and p * p - 2 is prime, (p * p - 2, p * p) is counted as a twin pair."""
import sys
from itertools import compress
from math import isqrt

n = int(sys.stdin.read())
sieve = bytearray([1]) * (n + 1)
sieve[:2] = b"\0\0"[: n + 1]
for p in range(2, isqrt(n)):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
count, largest = 0, None
for p in compress(range(n - 1), sieve):
    if sieve[p + 2]:
        count += 1
        largest = p
print(count)
print(-1 if largest is None else f"{largest} {largest + 2}")
