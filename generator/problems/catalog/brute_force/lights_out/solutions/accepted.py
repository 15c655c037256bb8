"""Reference (brute force over the first row): pressing a switch twice undoes it, so every switch is pressed 0 or 1
times. Try all 2^C press patterns of the top row; after that, the only switch that can still change cell (i, j) is
the one below it, so the presses of row i + 1 are forced: exactly below the cells of row i that are still lit.
A pattern works if the bottom row ends dark; keep the fewest presses. Rows are bitmasks. O(2^C * R)."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    start = [sum(1 << j for j, ch in enumerate(data[2 + i]) if ch == "#") for i in range(r)]
    full = (1 << c) - 1
    best = -1
    for first in range(1 << c):
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
