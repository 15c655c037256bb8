"""Obviously correct: every sequence of left/right choices, day by day (N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
row = data[1:1 + data[0]]


def most(i, j, day):
    """The most row[i..j] can earn when the next sale is on `day`."""
    if i > j:
        return 0
    return max(row[i] * day + most(i + 1, j, day + 1), row[j] * day + most(i, j - 1, day + 1))


print(most(0, len(row) - 1, 1))
