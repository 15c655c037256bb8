"""Obviously correct (tiny graphs): try every assignment of the vertices to two sides."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
ok = any(all(((mask >> (u - 1)) & 1) != ((mask >> (v - 1)) & 1) for u, v in edges) for mask in range(1 << n))
print("YES" if ok else "NO")
