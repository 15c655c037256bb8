import sys
from math import isqrt

lo, hi = map(int, sys.stdin.read().split())
r = isqrt(hi)
base = bytearray([1]) * (r + 1)  # primes up to sqrt(R) are enough to cross out every composite of [L, R]
base[0:2] = b"\0\0"[: min(2, r + 1)]
for p in range(2, isqrt(r) + 1):
    if base[p]:
        base[p * p::p] = bytes(len(range(p * p, r + 1, p)))
seg = bytearray([1]) * (hi - lo + 1)  # seg[i] says whether lo + i is prime
for p in range(2, r):  # misses p = sqrt(R): R = p * p stays "prime"
    if base[p]:
        start = max(p * p, (lo + p - 1) // p * p)  # p itself stays prime
        if start <= hi:
            seg[start - lo::p] = bytes(len(range(start - lo, hi - lo + 1, p)))
if lo == 1:
    seg[0] = 0  # 1 is not a prime
print(sum(seg))
