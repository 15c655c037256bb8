"""Obviously correct: every order."""
import sys
from itertools import accumulate, permutations

data = sys.stdin.read().split()
p = [int(x) for x in data[1:1 + int(data[0])]]
print(min(sum(accumulate(order)) for order in permutations(p)))
