"""Obviously correct: best total from day t on, given which jobs are done (memoised over all subsets)."""
import sys
from functools import lru_cache

data = sys.stdin.read().split()
n = int(data[0])
d = [int(data[1 + 2 * i]) for i in range(n)]
p = [int(data[2 + 2 * i]) for i in range(n)]
last = min(max(d), n)


@lru_cache(maxsize=None)
def best(day, done):
    if day > last:
        return 0
    result = best(day + 1, done)  # stay idle
    for j in range(n):
        if not done >> j & 1 and d[j] >= day:
            result = max(result, p[j] + best(day + 1, done | 1 << j))
    return result


print(best(1, 0))
