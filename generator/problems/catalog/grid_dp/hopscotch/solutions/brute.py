"""Obviously correct: every choice of one column per row (N and M are tiny here), keeping those that never use
the same column in two consecutive rows."""
import sys
from itertools import product

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
a = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
answer = None
for cols in product(range(m), repeat=n):
    if all(cols[i] != cols[i + 1] for i in range(n - 1)):
        total = sum(a[i][c] for i, c in enumerate(cols))
        answer = total if answer is None else max(answer, total)
print(answer)
