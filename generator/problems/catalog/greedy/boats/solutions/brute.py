"""Obviously correct: the first person without a boat rides alone or with any other person who fits."""
import sys
from functools import lru_cache

data = sys.stdin.read().split()
n, limit = int(data[0]), int(data[1])
w = [int(x) for x in data[2:2 + n]]


@lru_cache(maxsize=None)
def best(left):
    if not left:
        return 0
    first, rest = left[0], left[1:]
    result = 1 + best(rest)
    for k in range(len(rest)):
        if w[first] + w[rest[k]] <= limit:
            result = min(result, 1 + best(rest[:k] + rest[k + 1:]))
    return result


print(best(tuple(range(n))))
