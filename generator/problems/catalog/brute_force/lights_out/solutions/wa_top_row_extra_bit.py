"""Wrong: tries 2^(C+1) top-row patterns (range(1 << c + 1): the shift binds after the addition). The extra bit is a
phantom column C: it toggles column C - 1, and it is carried down the rows, so on some grids (2 x 3, 2 x 4, ...) it
makes an unsolvable grid look solvable or finds fewer presses than any real set of switches."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    start = [sum(1 << j for j, ch in enumerate(data[2 + i]) if ch == "#") for i in range(r)]
    full = (1 << c) - 1
    best = -1
    for first in range(1 << c + 1):
        rows = start[:]
        press, presses = first, 0
        for i in range(r):
            presses += bin(press).count("1")
            rows[i] ^= press ^ ((press << 1) & full) ^ (press >> 1)
            if i > 0:
                rows[i - 1] ^= press
            if i + 1 < r:
                rows[i + 1] ^= press
            press = rows[i]
        if rows[r - 1] == 0 and (best == -1 or presses < best):
            best = presses
    print(best)


main()
