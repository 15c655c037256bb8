"""Reference: union-find with sizes; the group count drops only on a real merge."""
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
    return n, list(zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])))

n, links = read()
find, union, size = make(n)
groups, largest = n, 1
out = []
for a, b in links:
    if union(a, b):
        groups -= 1
        largest = max(largest, size[find(a)])
    out.append(f"{groups} {largest}")
sys.stdout.write("\n".join(out) + "\n")
