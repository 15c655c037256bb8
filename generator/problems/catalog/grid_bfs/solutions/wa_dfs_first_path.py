"""Wrong: depth-first search answers with the length of the first route it finds, not the shortest."""
import sys

sys.setrecursionlimit(100000)  # 1 << 20 makes PyPy reserve a stack a 256 MB limit refuses (MemoryError: RTE)
data = sys.stdin.read().split("\n")
head = data[0].split()
n, m = int(head[0]), int(head[1])
k = int(head[2]) if len(head) > 2 else 0
g = data[1:1 + n]
seen = set()


def dfs(r, c, d, used):
    if g[r][c] == "E":
        return d
    seen.add((r, c, used))
    for nr, nc in ((r, c + 1), (r + 1, c), (r, c - 1), (r - 1, c)):
        if 0 <= nr < n and 0 <= nc < m:
            nu = used + (g[nr][nc] == "#")
            if nu <= k and (nr, nc, nu) not in seen:
                found = dfs(nr, nc, d + 1, nu)
                if found >= 0:
                    return found
    return -1


for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            print(dfs(r, c, 0, 0))
