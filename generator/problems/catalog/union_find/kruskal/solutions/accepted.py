"""Reference: Kruskal with union-find; -1 unless N-1 edges were taken."""
import sys
def make(n):
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    def union(a, b):
        a, b = find(a), find(b)
        if a == b:
            return False
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        return True
    return find, union, size

def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

n, edges = read()
find, union, _ = make(n)
edges.sort()
total, used = 0, 0
for w, u, v in edges:
    if union(u, v):
        total += w
        used += 1
print(total if used == n - 1 else -1)
