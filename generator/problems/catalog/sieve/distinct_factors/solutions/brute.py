"""Obviously correct for small ranges: for every x of each range, count the primes p <= x that divide x."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
for i in range(q):
    a, b, k = map(int, data[1 + 3 * i:4 + 3 * i])
    total = 0
    for x in range(a, b + 1):
        primes = [p for p in range(2, x + 1) if x % p == 0 and all(p % d for d in range(2, p))]
        total += len(primes) == k
    print(total)
