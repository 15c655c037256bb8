"""Brute force: before each removal, Floyd-Warshall from scratch on the vertices still there."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
order = [int(x) - 1 for x in data[1 + n * n:1 + n * n + n]]
answers = []
for step in range(n):
    alive = order[step:]
    d = {(i, j): a[i][j] for i in alive for j in alive}
    for k in alive:
        for i in alive:
            for j in alive:
                if d[(i, k)] + d[(k, j)] < d[(i, j)]:
                    d[(i, j)] = d[(i, k)] + d[(k, j)]
    answers.append(sum(d.values()))
print(*answers)
