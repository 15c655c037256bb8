import sys
from math import isqrt


def value_at(r, c):
    k = max(abs(r), abs(c))  # the ring; its last number (2k+1)^2 sits at the bottom-right corner (k, k)
    last = (2 * k + 1) ** 2
    if r == k:  # bottom row, counted back from the corner
        return last - (k - c)
    if c == -k:  # left column
        return last - 2 * k - (k - r)
    if r == -k:  # top row
        return last - 4 * k - (c + k)
    return last - 6 * k - (r + k)  # right column, above the corner


def cell_of(v):
    if v == 1:
        return 0, 0
    k = (isqrt(v - 1) + 1) // 2  # smallest k with (2k+1)^2 >= v, exact in integers
    d = (2 * k + 1) ** 2 - v
    if d <= 2 * k:
        return k, k - d
    if d <= 4 * k:
        return k - (d - 2 * k), -k
    if d <= 6 * k:
        return -k, -k + (d - 4 * k)
    return -k + (d - 6 * k), k


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    pos = 1
    for _ in range(q):
        if data[pos] == b"1":
            out.append(str(value_at(int(data[pos + 1]), int(data[pos + 2]))))
            pos += 3
        else:
            r, c = cell_of(int(data[pos + 1]))
            out.append(f"{r} {c}")
            pos += 2
    sys.stdout.write("\n".join(out) + "\n")


main()
