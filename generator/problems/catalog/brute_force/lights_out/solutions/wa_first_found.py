"""Wrong: stops at the first top-row pattern that works, which need not use the fewest presses."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    start = [sum(1 << j for j, ch in enumerate(data[2 + i]) if ch == "#") for i in range(r)]
    full = (1 << c) - 1
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
        if rows[r - 1] == 0:
            print(presses)
            return
    print(-1)


main()
