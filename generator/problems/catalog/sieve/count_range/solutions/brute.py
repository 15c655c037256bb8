"""Obviously correct: n is prime when no d in 2..n-1 divides it."""
import sys

a, b = map(int, sys.stdin.read().split())
print(sum(1 for n in range(a, b + 1) if n >= 2 and all(n % d for d in range(2, n))))
