"""Too slow: union-find without path compression or union by size; a chain makes every find O(N)."""
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
        x = parent[x]
    return x
out = []
for op, a, b in ops:
    ra, rb = find(a), find(b)
    if op == 0:
        if ra != rb:
            parent[ra] = rb
    else:
        out.append("YES" if ra == rb else "NO")
print("\n".join(out))
