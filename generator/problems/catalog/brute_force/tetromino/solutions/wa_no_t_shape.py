"""Wrong: forgets the T tetromino (a walk of four cells never makes a T), 15 orientations."""
import sys

BASES = [
    [(0, 0), (0, 1), (0, 2), (0, 3)],  # I
    [(0, 0), (0, 1), (1, 0), (1, 1)],  # O

    [(0, 0), (1, 0), (2, 0), (2, 1)],  # L
    [(0, 1), (0, 2), (1, 0), (1, 1)],  # S
]


def normalised(cells):
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - top, c - left) for r, c in cells))


def orientations():
    shapes = set()
    for base in BASES:
        cells = base
        for _ in range(4):
            cells = [(c, -r) for r, c in cells]  # rotate by 90 degrees
            shapes.add(normalised(cells))
            shapes.add(normalised([(r, -c) for r, c in cells]))  # and its mirror image
    return sorted(shapes)


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    grid = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
    best = 0
    for shape in orientations():
        height = max(r for r, _ in shape) + 1
        width = max(c for _, c in shape) + 1
        (r0, c0), (r1, c1), (r2, c2), (r3, c3) = shape
        for i in range(n - height + 1):
            g0, g1, g2, g3 = grid[i + r0], grid[i + r1], grid[i + r2], grid[i + r3]
            for j in range(m - width + 1):
                total = g0[j + c0] + g1[j + c1] + g2[j + c2] + g3[j + c3]
                if total > best:
                    best = total
    print(best)


main()
