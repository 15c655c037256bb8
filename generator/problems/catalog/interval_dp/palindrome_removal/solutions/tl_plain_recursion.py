"""Too slow: the same recurrence without memoisation, exponential. Recursion depth is at most N."""
import sys

sys.setrecursionlimit(10000)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    c = [int(x) for x in data[1:1 + n]]

    def best(i, j):
        if i > j:
            return 0
        value = 1 + best(i + 1, j)
        if i + 1 <= j and c[i + 1] == c[i]:
            value = min(value, 1 + best(i + 2, j))
        for k in range(i + 2, j + 1):
            if c[k] == c[i]:
                value = min(value, best(i + 1, k - 1) + best(k + 1, j))
        return value

    print(best(0, n - 1))


main()
