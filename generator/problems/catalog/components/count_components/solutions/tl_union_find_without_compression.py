"""Too slow: union-find without path compression or union by size; a star listed as (1, i) grows a chain."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


count = n
for i in range(m):
    a, b = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
    if a != b:
        parent[a] = b
        count -= 1
print(count)
