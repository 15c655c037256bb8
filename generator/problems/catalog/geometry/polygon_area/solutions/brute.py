"""Obviously correct: the polygon's area as a sum of trapezoids, one under each edge down to the line y = -10^10
(an edge going right adds its trapezoid, an edge going left takes it away), in exact fractions."""
import sys
from fractions import Fraction

data = list(map(int, sys.stdin.read().split()))
n = data[0]
pts = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(n)]
base = -10 ** 10
area = Fraction(0)
for i in range(n):
    (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
    area += Fraction((x2 - x1) * ((y1 - base) + (y2 - base)), 2)
area = abs(area)
whole = area.numerator // area.denominator
print(f"{whole}.{5 if area - whole else 0}")
