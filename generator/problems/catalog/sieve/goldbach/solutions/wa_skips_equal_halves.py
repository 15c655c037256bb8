import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
ns = list(map(int, data[1:1 + t]))
m = max(ns)
sieve = bytearray([1]) * (m + 1)
sieve[0] = sieve[1] = 0
p = 2
while p * p <= m:
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, m + 1, p)))
    p += 1
out = []
for n in ns:
    p = n // 2 - 1  # never tries p = q = N / 2 (6 = 3 + 3)
    while p > 1 and not (sieve[p] and sieve[n - p]):
        p -= 1
    out.append(f"{p} {n - p}")
print("\n".join(out))
