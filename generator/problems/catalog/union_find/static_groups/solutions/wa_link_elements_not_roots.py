"""Wrong: links the elements themselves instead of their roots (parent[b] = a)."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    pairs = list(zip(map(int, data[3:3 + 2 * (m + q):2]), map(int, data[4:4 + 2 * (m + q):2])))
    return n, pairs[:m], pairs[m:]

n, links, questions = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for a, b in links:
    parent[b] = a
print("\n".join("YES" if find(a) == find(b) else "NO" for a, b in questions))
