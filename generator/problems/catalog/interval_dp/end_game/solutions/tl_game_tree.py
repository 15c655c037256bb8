"""Too slow: the natural minimax search over both choices on every turn without memoisation, 2^N leaves.
Recursion depth is at most N."""
import sys

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]

    def diff(i, j):
        if i > j:
            return 0
        return max(a[i] - diff(i + 1, j), a[j] - diff(i, j - 1))

    print(diff(0, n - 1))


main()
