import sys
from functools import cmp_to_key

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = list(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
px, py = min(pts, key=lambda p: (p[1], p[0]))  # the pivot: lowest, then leftmost


def by_angle(a, b):
    cross = (a[0] - px) * (b[1] - py) - (a[1] - py) * (b[0] - px)
    if cross:
        return -1 if cross > 0 else 1
    da = (a[0] - px) ** 2 + (a[1] - py) ** 2
    db = (b[0] - px) ** 2 + (b[1] - py) ** 2
    return -1 if da > db else 1 if da < db else 0  # same direction: the farther one first


rest = sorted((p for p in pts if p != (px, py)), key=cmp_to_key(by_angle))
hull = [(px, py)]
for x, y in rest:
    while len(hull) >= 2:
        (ax, ay), (bx, by) = hull[-2], hull[-1]
        if (bx - ax) * (y - ay) - (by - ay) * (x - ax) > 0:
            break
        hull.pop()
    hull.append((x, y))
print(len(hull))
