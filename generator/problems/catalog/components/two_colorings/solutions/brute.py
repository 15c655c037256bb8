"""Obviously correct: try every colouring."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1) for i in range(m)]
ways = 0
for colors in product((0, 1), repeat=n):
    if all(colors[u] != colors[v] for u, v in edges):
        ways += 1
print(ways % 1000000007)
