import sys
from itertools import compress

n = int(sys.stdin.read())
sieve = bytearray([1]) * (n + 1)
sieve[:2] = b"\0\0"[: n + 1]  # 0 and 1 are not primes
for p in range(2, int(n ** 0.5) + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
count, largest = 0, None
for p in compress(range(n - 1), sieve):  # p + 2 <= n
    if sieve[p + 2]:
        count += 1
        largest = p
print(count)
print(-1 if largest is None else f"{largest} {largest + 2}")
