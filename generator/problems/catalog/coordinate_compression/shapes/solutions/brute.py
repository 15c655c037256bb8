"""Obviously correct: compare every pair of sequences on every pair of positions."""
import sys

data = sys.stdin.read().split()
m, n = int(data[0]), int(data[1])
rows = [list(map(int, data[2 + i * n:2 + (i + 1) * n])) for i in range(m)]


def same(a, b):
    return all((a[i] < a[j]) == (b[i] < b[j]) and (a[i] == a[j]) == (b[i] == b[j]) for i in range(n) for j in range(n))


print(sum(1 for x in range(m) for y in range(x + 1, m) if same(rows[x], rows[y])))
