"""Obviously correct: N pieces with no two in a row or a column means one per row and per column, a permutation
of the columns; try every permutation (small N) and keep those where no two pieces attack each other."""
import sys
from itertools import combinations, permutations

data = sys.stdin.read().split()


def attack(p, q):
    return p[0] == q[0] or p[1] == q[1] or abs(p[0] - q[0]) == abs(p[1] - q[1])


for n in map(int, data[1:1 + int(data[0])]):
    print(sum(1 for cols in permutations(range(n))
              if not any(attack(p, q) for p, q in combinations(list(enumerate(cols)), 2))))
