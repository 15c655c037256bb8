"""Obviously correct: every removal order, memoised on the remaining row (N is tiny here)."""
import sys
from functools import lru_cache

data = list(map(int, sys.stdin.read().split()))


@lru_cache(maxsize=None)
def most(row):
    if not row:
        return 0
    padded = (1, *row, 1)
    return max(padded[i] * padded[i + 1] * padded[i + 2] + most(row[:i] + row[i + 1:]) for i in range(len(row)))


print(most(tuple(data[1:1 + data[0]])))
