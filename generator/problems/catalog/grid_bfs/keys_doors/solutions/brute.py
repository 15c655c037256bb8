"""Obviously correct: shortest distances over (row, column, keys) states by relaxing every state from its
neighbours until nothing changes."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + r] for r in range(n)]
INF = 10 ** 9
dist = {}
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            dist[(r, c, 0)] = 0
changed = True
while changed:
    changed = False
    for (r, c, keys), d in list(dist.items()):
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if not (0 <= nr < n and 0 <= nc < m):
                continue
            ch = g[nr][nc]
            if ch == "#" or (ch.isupper() and ch not in "SG" and not keys >> (ord(ch) - 65) & 1):
                continue
            nk = keys | (1 << (ord(ch) - 97)) if ch.islower() else keys
            if dist.get((nr, nc, nk), INF) > d + 1:
                dist[(nr, nc, nk)] = d + 1
                changed = True
best = min((d for (r, c, k), d in dist.items() if g[r][c] == "G"), default=-1)
print(best)
