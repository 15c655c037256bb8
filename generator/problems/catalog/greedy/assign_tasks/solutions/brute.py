"""Obviously correct: every way to give each job a distinct helper or none (tiny inputs), the most pairs."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
helpers = [int(x) for x in data[2:2 + n]]
jobs = [int(x) for x in data[2 + n:2 + n + m]]
best = 0
stack = [(0, 0, 0)]  # next job, used helpers mask, pairs so far
while stack:
    j, used, pairs = stack.pop()
    if j == m:
        best = max(best, pairs)
        continue
    stack.append((j + 1, used, pairs))
    for i in range(n):
        if not used >> i & 1 and helpers[i] >= jobs[j]:
            stack.append((j + 1, used | 1 << i, pairs + 1))
print(best)
