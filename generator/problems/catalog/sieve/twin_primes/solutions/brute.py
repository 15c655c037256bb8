"""Obviously correct for small N: a number is prime when it has exactly two divisors; test every pair."""
import sys

n = int(sys.stdin.read())
prime = [sum(1 for d in range(1, k + 1) if k % d == 0) == 2 for k in range(n + 1)]
pairs = [p for p in range(1, n - 1) if prime[p] and prime[p + 2]]
print(len(pairs))
print(f"{pairs[-1]} {pairs[-1] + 2}" if pairs else -1)
