"""Obviously correct for small N: test every pair p < q <= N with gcd."""
import sys
from math import gcd

data = sys.stdin.read().split()
q = int(data[0])
for n in map(int, data[1:1 + q]):
    print(sum(1 for b in range(2, n + 1) for a in range(1, b) if gcd(a, b) == 1))
