"""Too slow: advances one BFS layer per full scan of the grid, O(N·M·answer)."""
import sys

data = sys.stdin.read().split("\n")
head = data[0].split()
n, m = int(head[0]), int(head[1])
k = int(head[2]) if len(head) > 2 else 0
g = data[1:1 + n]
layers = k + 1
dist = [[[-1] * m for _ in range(n)] for _ in range(layers)]
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            dist[0][r][c] = 0
d = 0
found = -1
while found < 0:
    progressed = False
    for u in range(layers):
        for r in range(n):
            for c in range(m):
                if dist[u][r][c] == d:
                    if g[r][c] == "E" and found < 0:
                        found = d
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < n and 0 <= nc < m:
                            nu = u + (g[nr][nc] == "#")
                            if nu <= k and dist[nu][nr][nc] == -1:
                                dist[nu][nr][nc] = d + 1
                                progressed = True
    if found >= 0 or not progressed:
        break
    d += 1
print(found)
