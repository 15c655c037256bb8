"""Obviously correct for tiny N: try every d from 2 to N, keep the primes that divide N, count how often."""
import sys

n = int(sys.stdin.read())
found = []
for d in range(2, n + 1):
    if all(d % k for k in range(2, d)) and n % d == 0:
        e, m = 0, n
        while m % d == 0:
            m //= d
            e += 1
        found.append((d, e))
print(len(found))
for p, e in found:
    print(p, e)
