import sys
from itertools import compress

n = int(sys.stdin.read())
size = n + 2  # room for p + 2 when p <= n, so the pair test never runs off the end
sieve = bytearray([1]) * (size + 1)
sieve[:2] = b"\0\0"  # 0 and 1 are not primes
for p in range(2, int(size ** 0.5) + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, size + 1, p)))
count, largest = 0, None
for p in compress(range(n + 1), sieve):  # every prime p <= n starts a pair, even if p + 2 > n
    if sieve[p + 2]:
        count += 1
        largest = p
print(count)
print(-1 if largest is None else f"{largest} {largest + 2}")
