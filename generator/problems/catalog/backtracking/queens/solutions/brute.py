"""Obviously correct: N pieces with no two in a row means exactly one per row; try every column for every row
(N^N choices, tiny N) and keep those where no two pieces share a column or a diagonal."""
import sys
from itertools import combinations, product

n = int(sys.stdin.read().split()[0])


def attack(p, q):
    return p[0] == q[0] or p[1] == q[1] or abs(p[0] - q[0]) == abs(p[1] - q[1])


print(sum(1 for cols in product(range(n), repeat=n)
          if not any(attack(p, q) for p, q in combinations(list(enumerate(cols)), 2))))
