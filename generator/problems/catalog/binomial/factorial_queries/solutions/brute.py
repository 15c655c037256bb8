"""Obviously correct on small inputs: the exact binomial coefficient from Pascal's rule, then the remainder."""
import sys

data = sys.stdin.read().split()
t, p = int(data[0]), int(data[1])
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    row = [1]
    for _ in range(n):
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
    print(row[k] % p if k <= n else 0)
