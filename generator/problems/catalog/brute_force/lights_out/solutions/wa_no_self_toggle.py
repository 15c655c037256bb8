"""Wrong: a press toggles the four neighbours but not the pressed cell itself."""
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
            rows[i] ^= ((press << 1) & full) ^ (press >> 1)
            if i > 0:
                rows[i - 1] ^= press
            if i + 1 < r:
                rows[i + 1] ^= press
            press = rows[i]
        if rows[r - 1] == 0 and (best == -1 or presses < best):
            best = presses
    print(best)


main()
