"""Obviously correct: count divisors of every number of the (small) window."""
import sys

lo, hi = map(int, sys.stdin.read().split())
print(sum(1 for n in range(lo, hi + 1) if sum(1 for d in range(1, n + 1) if n % d == 0) == 2))
