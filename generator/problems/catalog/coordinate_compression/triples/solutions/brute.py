"""Obviously correct: try every triple of positions."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
print(sum(1 for i, j, k in combinations(range(n), 3) if a[i] < a[j] < a[k]))
