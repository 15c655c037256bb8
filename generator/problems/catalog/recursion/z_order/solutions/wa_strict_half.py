import sys


def visit_number(n, r, c):
    number = 0
    for level in range(n - 1, -1, -1):  # the square of side 2^(level+1) holding the cell, halved
        half = 1 << level
        quarter = 0
        if r > half:
            quarter += 2
            r -= half
        if c > half:
            quarter += 1
            c -= half
        number += quarter * half * half  # the quarters before it, each of half * half cells
    return number


data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
out = [str(visit_number(n, int(data[2 + 2 * i]), int(data[3 + 2 * i]))) for i in range(q)]
sys.stdout.write("\n".join(out) + "\n")
