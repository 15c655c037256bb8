"""Obviously correct: every permutation (N is tiny here)."""
import sys
from itertools import permutations

data = list(map(int, sys.stdin.read().split()))
n = data[0]
c = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
print(min(sum(c[i][p[i]] for i in range(n)) for p in permutations(range(n))))
