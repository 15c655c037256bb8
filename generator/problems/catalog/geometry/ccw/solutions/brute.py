"""Obviously correct: the sign of the 3 x 3 determinant |x y 1| of the three points, expanded along its last column
(twice the signed area of the triangle P1 P2 P3; positive when P1, P2, P3 go around counterclockwise)."""
import sys

data = list(map(int, sys.stdin.read().split()))
t = data[0]
for i in range(t):
    x1, y1, x2, y2, x3, y3 = data[1 + 6 * i:7 + 6 * i]
    det = (x2 * y3 - x3 * y2) - (x1 * y3 - x3 * y1) + (x1 * y2 - x2 * y1)
    print((det > 0) - (det < 0))
