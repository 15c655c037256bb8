"""Obviously correct: the total of every non-empty subset, collected in a set."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n = int(data[0])
ws = [int(x) for x in data[1:1 + n]]
totals = {sum(c) for k in range(1, n + 1) for c in combinations(ws, k)}
print(len(totals))
