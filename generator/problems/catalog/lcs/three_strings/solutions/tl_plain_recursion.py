"""Too slow: the recurrence on (i, j, k) without memoisation, exponential. Recursion depth is at most
|A| + |B| + |C|."""
import sys

sys.setrecursionlimit(10000)


def main():
    a, b, c = sys.stdin.read().split()

    def best(i, j, k):
        if i == len(a) or j == len(b) or k == len(c):
            return 0
        if a[i] == b[j] == c[k]:
            return 1 + best(i + 1, j + 1, k + 1)
        return max(best(i + 1, j, k), best(i, j + 1, k), best(i, j, k + 1))

    print(best(0, 0, 0))


main()
