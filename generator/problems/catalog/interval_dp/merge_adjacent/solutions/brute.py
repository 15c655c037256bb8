"""Obviously correct: tries every sequence of neighbour merges (memoised on the current row; N is tiny here)."""
import sys
from functools import lru_cache

data = list(map(int, sys.stdin.read().split()))


@lru_cache(maxsize=None)
def cheapest(row):
    if len(row) == 1:
        return 0
    return min(row[i] + row[i + 1] + cheapest(row[:i] + (row[i] + row[i + 1],) + row[i + 2:])
               for i in range(len(row) - 1))


print(cheapest(tuple(data[1:1 + data[0]])))
