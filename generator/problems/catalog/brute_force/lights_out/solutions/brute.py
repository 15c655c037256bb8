"""Obviously correct: every subset of the R * C switches (Gray-code order, one switch flips per step), keep the
fewest presses that leave every light off; -1 if none does. Only for R * C <= 20."""
import sys

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
cells = r * c
state = sum(1 << (i * c + j) for i in range(r) for j in range(c) if data[2 + i][j] == "#")
effect = []
for i in range(r):
    for j in range(c):
        mask = 0
        for di, dj in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            y, x = i + di, j + dj
            if 0 <= y < r and 0 <= x < c:
                mask |= 1 << (y * c + x)
        effect.append(mask)
best = 0 if state == 0 else -1
pressed = 0
for step in range(1, 1 << cells):
    bit = (step & -step).bit_length() - 1
    state ^= effect[bit]
    pressed ^= 1 << bit
    if state == 0:
        count = bin(pressed).count("1")
        if best == -1 or count < best:
            best = count
print(best)
