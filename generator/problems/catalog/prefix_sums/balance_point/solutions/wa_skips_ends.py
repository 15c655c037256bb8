"""Wrong: only looks at positions 2 .. N-1, assuming an end can never balance (an empty side sums to 0).

Balance point: with the grand total known, the sum to the right of i is total - left - A_i, so one pass that keeps
the sum to the left finds the first i where both sides are equal."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    total = sum(a)
    left = 0
    for i in range(n):
        if 0 < i < n - 1 and left == total - left - a[i]:
            print(i + 1)
            return
        left += a[i]
    print(-1)


main()
