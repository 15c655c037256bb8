"""Obviously correct: try every way to tie pairs. The first untreated number stays alone or is tied to any later
untreated one; the best over all choices, memoised on the set of numbers left (small N only)."""
import sys
from functools import lru_cache

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]


@lru_cache(maxsize=None)
def best(left):
    if not left:
        return 0
    first, rest = left[0], left[1:]
    result = a[first] + best(rest)
    for k, other in enumerate(rest):
        result = max(result, a[first] * a[other] + best(rest[:k] + rest[k + 1:]))
    return result


print(best(tuple(range(n))))
