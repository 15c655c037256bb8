"""Wrong: the closed-form knight distance of an open plane, patched for a corner and its diagonal neighbour, used
from N = 4 up (a search only below 4); on a 4 x 4 board two corners of one side need 5 jumps, not 3."""
import sys
from collections import deque


def plane_distance(dr, dc):
    x, y = abs(dr), abs(dc)
    if x < y:
        x, y = y, x
    if x == 1 and y == 0:
        return 3
    if x == 2 and y == 2:
        return 4
    delta = x - y
    if y > delta:
        return delta - 2 * ((delta - y) // 3)
    return delta - 2 * ((delta - y) // 4)


def search(n, a, b):
    dist = {a: 0}
    queue = deque([a])
    while queue:
        r, c = queue.popleft()
        for dr, dc in ((1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)):
            cell = (r + dr, c + dc)
            if 1 <= cell[0] <= n and 1 <= cell[1] <= n and cell not in dist:
                dist[cell] = dist[(r, c)] + 1
                queue.append(cell)
    return dist.get(b, -1)


n, r1, c1, r2, c2 = map(int, sys.stdin.read().split())
corners = {(1, 1), (1, n), (n, 1), (n, n)}
if (r1, c1) == (r2, c2):
    print(0)
elif n < 4:
    print(search(n, (r1, c1), (r2, c2)))
elif ((r1, c1) in corners or (r2, c2) in corners) and abs(r1 - r2) == 1 and abs(c1 - c2) == 1:
    print(4)
else:
    print(plane_distance(r1 - r2, c1 - c2))
