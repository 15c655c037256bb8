"""Wrong: counts the column stretches with a sliding window, which is only right when no value is negative.

Count rectangles with sum exactly K: fix the top and bottom rows, squash the rows between them into column sums,
and count the stretches of columns with sum K by prefix sums and a dictionary of earlier prefixes (empty one
included). O(N^2 * M) instead of O(N^2 * M^2) rectangles."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    grid = [list(map(int, data[3 + i * m: 3 + (i + 1) * m])) for i in range(n)]
    if n > m:  # loop over pairs of the shorter side
        grid = [list(col) for col in zip(*grid)]
        n, m = m, n
    count = 0
    for top in range(n):
        col = [0] * m
        for bottom in range(top, n):
            col = [c + v for c, v in zip(col, grid[bottom])]
            left = 0
            window = 0
            for right in range(m):
                window += col[right]
                while window > k and left <= right:
                    window -= col[left]
                    left += 1
                if window == k and left <= right:
                    count += 1
    print(count)


main()
