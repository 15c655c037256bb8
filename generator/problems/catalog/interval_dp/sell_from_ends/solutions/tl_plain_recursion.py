"""Too slow: the natural recursion over both choices every day without memoisation, 2^N calls.
Recursion depth is at most N."""
import sys

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]

    def most(i, j, day):
        if i > j:
            return 0
        return max(a[i] * day + most(i + 1, j, day + 1), a[j] * day + most(i, j - 1, day + 1))

    print(most(0, n - 1, 1))


main()
