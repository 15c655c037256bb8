"""Obviously correct for small N: list the cells in Z order by the definition (top-left, top-right, bottom-left,
bottom-right quarter, each listed the same way) and look each asked cell up."""
import sys


def z_list(top, left, side):
    if side == 1:
        return [(top, left)]
    h = side // 2
    return z_list(top, left, h) + z_list(top, left + h, h) + z_list(top + h, left, h) + z_list(top + h, left + h, h)


data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
number = {cell: i for i, cell in enumerate(z_list(0, 0, 2 ** n))}
for i in range(q):
    print(number[(int(data[2 + 2 * i]), int(data[3 + 2 * i]))])
