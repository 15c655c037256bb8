"""Obviously correct: every permutation, checked against every condition (N is tiny here)."""
import sys
from itertools import permutations

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
pairs = [(data[2 + 2 * k], data[3 + 2 * k]) for k in range(m)]
count = 0
for order in permutations(range(1, n + 1)):
    position = {task: p for p, task in enumerate(order)}
    if all(position[a] < position[b] for a, b in pairs):
        count += 1
print(count)
