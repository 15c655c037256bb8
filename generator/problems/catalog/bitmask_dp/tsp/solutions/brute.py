"""Obviously correct: every order of places 2..N (N is tiny here)."""
import sys
from itertools import permutations

data = list(map(int, sys.stdin.read().split()))
n = data[0]
w = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = -1
for order in permutations(range(1, n)):
    tour = (0, *order, 0)
    legs = [w[a][b] for a, b in zip(tour, tour[1:])]
    if all(leg > 0 for leg in legs) and (best < 0 or sum(legs) < best):
        best = sum(legs)
print(best)
