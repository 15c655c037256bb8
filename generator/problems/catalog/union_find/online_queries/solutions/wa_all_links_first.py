"""Wrong: makes all the links first and answers every question afterwards."""
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
    n, q = int(data[0]), int(data[1])
    ops = list(zip(map(int, data[2:2 + 3 * q:3]), map(int, data[3:3 + 3 * q:3]), map(int, data[4:4 + 3 * q:3])))
    return n, ops

n, ops = read()
find, union, _ = make(n)
for op, a, b in ops:
    if op == 0:
        union(a, b)
print("\n".join("YES" if find(a) == find(b) else "NO" for op, a, b in ops if op == 1))
