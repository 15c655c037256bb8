"""Reference: place one queen per row, top to bottom, with an explicit stack (no recursion). Bitmasks of the
attacked columns and of the attacked squares along both diagonal directions give the free squares of the next
row at once, so only partial placements without an attack are ever extended."""
import sys


def count(n):
    full = (1 << n) - 1
    total = 0
    # (attacked columns, attacked by "\" diagonals, attacked by "/" diagonals, rows placed so far)
    stack = [(0, 0, 0, 0)]
    while stack:
        cols, d1, d2, row = stack.pop()
        if row == n:
            total += 1
            continue
        free = full & ~(cols | d1)
        while free:
            bit = free & -free
            free ^= bit
            # Moving one row down, a "\" diagonal shifts one column right and a "/" diagonal one column left.
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1, row + 1))
    return total


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(str(count(int(x))) for x in data[1:1 + t]))


main()
