"""Reference: union-find with path halving and union by size; all links first, then the questions."""
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
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]

n, links, questions = read()
find, union, _ = make(n)
for a, b in links:
    union(a, b)
sys.stdout.write("\n".join("YES" if find(a) == find(b) else "NO" for a, b in questions) + "\n")
