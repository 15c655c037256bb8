"""Wrong: assumes every component is a tree and reports (edges in the component) + 1."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
edges = list(zip(map(int, data[3:3 + 2 * m:2]), map(int, data[4:4 + 2 * m:2])))
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for u, v in edges:
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
count = [0] * (n + 1)
for u, v in edges:
    count[find(u)] += 1
print("\n".join(str(count[find(int(x))] + 1) for x in data[3 + 2 * m:3 + 2 * m + q]))
