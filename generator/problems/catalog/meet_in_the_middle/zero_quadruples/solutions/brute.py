"""Obviously correct: all n^4 index quadruples."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
rows = [data[1 + 4 * i:5 + 4 * i] for i in range(n)]
a, b, c, d = ([row[k] for row in rows] for k in range(4))
print(sum(1 for x in a for y in b for z in c for w in d if x + y + z + w == 0))
