"""Obviously correct: minute by minute with sets. From each cell the person may occupy, escape if it is on the edge;
otherwise the fire spreads, then the person steps to a neighbouring open cell that is not burning."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + r] for r in range(n)]
open_cells = {(r, c) for r in range(n) for c in range(m) if g[r][c] != "#"}
fire = {(r, c) for r in range(n) for c in range(m) if g[r][c] == "F"}
person = {(r, c) for r in range(n) for c in range(m) if g[r][c] == "J"}
seen = set(person)
minute = 0
answer = -1
while person:
    if any(r in (0, n - 1) or c in (0, m - 1) for r, c in person):
        answer = minute + 1
        break
    fire |= {nb for r, c in fire for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)) if nb in open_cells}
    person = {nb for r, c in person for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
              if nb in open_cells and nb not in fire and nb not in seen}
    seen |= person
    minute += 1
print(answer)
