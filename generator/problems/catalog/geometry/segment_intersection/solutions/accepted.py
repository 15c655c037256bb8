import sys


def ccw(ax, ay, bx, by, cx, cy):
    cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (cross > 0) - (cross < 0)


def meet(a, b, c, d):
    ab = ccw(*a, *b, *c) * ccw(*a, *b, *d)
    cd = ccw(*c, *d, *a) * ccw(*c, *d, *b)
    if ab == 0 and cd == 0:  # all four points on one line: do the two ranges along it overlap?
        if a > b:
            a, b = b, a
        if c > d:
            c, d = d, c
        return c <= b and a <= d
    return ab <= 0 and cd <= 0  # each segment's ends on different sides of the other's line (or on it)


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    v = list(map(int, data[1 + 8 * i:9 + 8 * i]))
    out.append(1 if meet((v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])) else 0)
sys.stdout.write("\n".join(map(str, out)) + "\n")
