"""Wrong: links the elements themselves instead of their roots (parent[b] = a)."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    ops = list(zip(map(int, data[2:2 + 3 * q:3]), map(int, data[3:3 + 3 * q:3]), map(int, data[4:4 + 3 * q:3])))
    return n, ops

n, ops = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
out = []
for op, a, b in ops:
    if op == 0:
        parent[b] = a
    else:
        out.append("YES" if find(a) == find(b) else "NO")
print("\n".join(out))
