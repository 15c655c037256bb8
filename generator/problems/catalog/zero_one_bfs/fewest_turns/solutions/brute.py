"""Brute force: try k = 0, 1, 2, ... turns; the cells reachable with at most k turns are found by extending rays
from every cell reachable with k - 1 turns (a completely different way of counting)."""
import sys

data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
grid = data[2:2 + h]
cells = [(r, c) for r in range(h) for c in range(w)]
s = next(x for x in cells if grid[x[0]][x[1]] == "S")
t = next(x for x in cells if grid[x[0]][x[1]] == "T")
DIRS = [(-1, 0), (1, 0), (0, -1), (0, 1)]


def ray(x, d):
    out = []
    r, c = x
    while True:
        r, c = r + d[0], c + d[1]
        if not (0 <= r < h and 0 <= c < w) or grid[r][c] == "#":
            return out
        out.append((r, c))


# reach[k] = set of (cell, heading) where a route with k turns can stand, having just moved along heading.
level = {(s, d) for d in range(4)}
seen = set(level)
answer = -1
for k in range(0, 4 * h * w + 2):
    grown = set()
    for x, d in level:  # go straight as far as wanted
        for y in ray(x, DIRS[d]):
            grown.add((y, d))
    level = level | grown
    if any(x == t for x, _ in level):
        answer = k
        break
    new = {(x, d2) for x, d in level for d2 in range(4) if d2 != d}
    new -= seen
    if not new:
        break
    seen |= new
    level = new | level
print(answer)
