"""Obviously correct: mark open border cells as free, then repeatedly mark an open cell free when an open
neighbour is free, until nothing changes; count open cells left unmarked."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + r] for r in range(n)]
free = {(r, c) for r in range(n) for c in range(m) if g[r][c] == "." and (r in (0, n - 1) or c in (0, m - 1))}
changed = True
while changed:
    changed = False
    for r in range(n):
        for c in range(m):
            if g[r][c] == "." and (r, c) not in free:
                if any(nb in free for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))):
                    free.add((r, c))
                    changed = True
print(sum(1 for r in range(n) for c in range(m) if g[r][c] == "." and (r, c) not in free))
