"""Too slow: Floyd-Warshall from scratch on the remaining vertices before every removal, O(N^4)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
order = [int(x) - 1 for x in data[1 + n * n:1 + n * n + n]]
answers = []
for step in range(n):
    alive = order[step:]
    d = [[a[i][j] for j in alive] for i in alive]
    size = len(alive)
    for k in range(size):
        row_k = d[k]
        for i in range(size):
            dik = d[i][k]
            d[i] = [x if x <= dik + y else dik + y for x, y in zip(d[i], row_k)]
    answers.append(sum(map(sum, d)))
print(*answers)
