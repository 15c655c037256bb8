import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = sorted(zip(map(float, data[1:1 + 2 * n:2]), map(float, data[2:2 + 2 * n:2])))  # doubles: 53-bit products


def chain(points):
    """Andrew's monotone chain: keep only left turns (a straight or right turn pops the middle point)."""
    hull = []
    for x, y in points:
        while len(hull) >= 2:
            (ax, ay), (bx, by) = hull[-2], hull[-1]
            if (bx - ax) * (y - ay) - (by - ay) * (x - ax) > 0:
                break
            hull.pop()
        hull.append((x, y))
    return hull


lower, upper = chain(pts), chain(pts[::-1])
print(len(lower) - 1 + len(upper) - 1)  # each chain ends where the other starts
