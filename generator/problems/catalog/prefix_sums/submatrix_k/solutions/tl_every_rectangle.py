"""Too slow: 2D prefix sums, then every one of the O(N^2 * M^2) rectangles checked in O(1)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    pre = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        row = pre[i + 1]
        above = pre[i]
        run = 0
        for j in range(m):
            run += int(data[3 + i * m + j])
            row[j + 1] = above[j + 1] + run
    count = 0
    for top in range(n):
        pt = pre[top]
        for bottom in range(top + 1, n + 1):
            pb = pre[bottom]
            for left in range(m):
                base = pb[left] - pt[left]
                for right in range(left + 1, m + 1):
                    if pb[right] - pt[right] - base == k:
                        count += 1
    print(count)


main()
