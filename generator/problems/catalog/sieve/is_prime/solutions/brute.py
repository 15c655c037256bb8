"""Obviously correct: a prime has exactly two positive divisors (only run on small numbers)."""
import sys

data = sys.stdin.read().split()
for x in data[1:]:
    n = int(x)
    divisors = sum(1 for d in range(1, n + 1) if n % d == 0)
    print("YES" if divisors == 2 else "NO")
