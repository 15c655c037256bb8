"""Obviously correct: every triple."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, x = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
print(sum(1 for t in combinations(a, 3) if sum(t) == x))
