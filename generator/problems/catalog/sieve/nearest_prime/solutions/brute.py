"""Obviously correct for small N: list every prime up to 2N + 2 by counting divisors, take the best by
(distance, value)."""
import sys

n = int(sys.stdin.read())
primes = [k for k in range(1, 2 * n + 3) if sum(1 for d in range(1, k + 1) if k % d == 0) == 2]
print(min(primes, key=lambda p: (abs(p - n), p)))
