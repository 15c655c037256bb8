"""Obviously correct: every choice of the digits to keep."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
print(min("".join(s[i] for i in keep) for keep in combinations(range(n), n - k)))
