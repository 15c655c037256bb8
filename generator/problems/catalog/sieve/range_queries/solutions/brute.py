"""Obviously correct: every number of every range by trial division."""
import sys
from math import isqrt

data = sys.stdin.read().split()
q = int(data[0])
for i in range(q):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    print(sum(1 for n in range(a, b + 1) if n >= 2 and all(n % d for d in range(2, isqrt(n) + 1))))
