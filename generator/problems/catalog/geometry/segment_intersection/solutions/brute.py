"""Obviously correct, in exact fractions: the segments are A + s (B - A) and C + u (D - C) with s, u in [0, 1].
Not parallel: solve the 2 x 2 system for s and u (Cramer's rule) and check both lie in [0, 1]. Parallel: they meet
only if they lie on one line and an end of one lies on the other (checked by its parameter along that segment)."""
import sys
from fractions import Fraction


def on_segment(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx * (p[1] - a[1]) - dy * (p[0] - a[0]) != 0:
        return False
    s = Fraction((p[0] - a[0]) * dx + (p[1] - a[1]) * dy, dx * dx + dy * dy)
    return 0 <= s <= 1


def meet(a, b, c, d):
    rx, ry = b[0] - a[0], b[1] - a[1]
    qx, qy = d[0] - c[0], d[1] - c[1]
    den = rx * (-qy) - ry * (-qx)
    if den == 0:
        return on_segment(c, a, b) or on_segment(d, a, b) or on_segment(a, c, d) or on_segment(b, c, d)
    ex, ey = c[0] - a[0], c[1] - a[1]
    s = Fraction(ex * (-qy) - ey * (-qx), den)
    u = Fraction(rx * ey - ry * ex, den)
    return 0 <= s <= 1 and 0 <= u <= 1


data = list(map(int, sys.stdin.read().split()))
for i in range(data[0]):
    v = data[1 + 8 * i:9 + 8 * i]
    print(1 if meet((v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])) else 0)
