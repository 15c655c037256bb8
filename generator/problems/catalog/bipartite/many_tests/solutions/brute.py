"""Obviously correct (tiny graphs): for every graph, try every assignment of the vertices to two sides."""
import sys

data = sys.stdin.read().split()
pos = 1
out = []
for _ in range(int(data[0])):
    n, m = int(data[pos]), int(data[pos + 1])
    edges = [(int(data[pos + 2 + 2 * i]), int(data[pos + 3 + 2 * i])) for i in range(m)]
    pos += 2 + 2 * m
    ok = any(all(((mask >> (u - 1)) & 1) != ((mask >> (v - 1)) & 1) for u, v in edges) for mask in range(1 << n))
    out.append("YES" if ok else "NO")
print("\n".join(out))
