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
