"""grid_bfs.corners: the samples (testlib style): python gen_sample.py SEED sample [key=value ...] prints one input.

The shared gen.py's samples have sparse walls, and at seed 5 both shortest routes were the straight N + M - 2 moves
(6 and 6), so a program printing N + M - 2 passed both samples without any search. This draws 4-6 by 4-6 grids with
about a third of the cells walled and redraws until the corner is reachable but only by a detour: the answer is at
least N + M (two moves more than the straight count), and until the first route a depth-first search finds is not
a shortest one."""
import random
import sys
from collections import deque

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample", mode
rng = random.Random(seed)


def moves(cells, n, m):
    dist = {(0, 0): 0}
    todo = deque([(0, 0)])
    while todo:
        r, c = todo.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] != "#" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1
                todo.append((nr, nc))
    return dist.get((n - 1, m - 1), -1)


def first_route(cells, n, m):
    """The length of the first route a depth-first search finds (right, down, left, up), a wrong answer."""
    seen, stack = {(0, 0)}, [(0, 0, 0, iter(((0, 1), (1, 0), (0, -1), (-1, 0))))]
    while stack:
        r, c, d, dirs = stack[-1]
        if (r, c) == (n - 1, m - 1):
            return d
        for dr, dc in dirs:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc, d + 1, iter(((0, 1), (1, 0), (0, -1), (-1, 0)))))
                break
        else:
            stack.pop()
    return -1


while True:
    n, m = rng.randint(4, 6), rng.randint(4, 6)
    cells = [["#" if rng.random() < 0.35 else "." for _ in range(m)] for _ in range(n)]
    cells[0][0], cells[n - 1][m - 1] = "S", "E"
    best = moves(cells, n, m)
    if best >= n + m and first_route(cells, n, m) != best:
        break
print(n, m)
for row in cells:
    print("".join(row))
