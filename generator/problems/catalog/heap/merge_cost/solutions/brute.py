"""Obviously correct: try every order of merges (memoised on the sorted multiset of sizes)."""
import sys
from functools import lru_cache

data = sys.stdin.read().split()


@lru_cache(maxsize=None)
def best(piles):
    if len(piles) <= 1:
        return 0
    result = None
    for i in range(len(piles)):
        for j in range(i + 1, len(piles)):
            rest = list(piles[:i] + piles[i + 1:j] + piles[j + 1:])
            merged = piles[i] + piles[j]
            cost = merged + best(tuple(sorted(rest + [merged])))
            if result is None or cost < result:
                result = cost
    return result


print(best(tuple(sorted(map(int, data[1:1 + int(data[0])])))))
