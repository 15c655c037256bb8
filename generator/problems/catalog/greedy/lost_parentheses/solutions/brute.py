"""Obviously correct: every full parenthesisation of the numbers (each operator applied last in some split), all
values collected recursively; extra or redundant pairs give nothing new. Only for a few numbers."""
import re
import sys
from functools import lru_cache

expr = sys.stdin.readline().strip()
nums = [int(x) for x in re.split(r"[+-]", expr)]
ops = re.findall(r"[+-]", expr)


@lru_cache(maxsize=None)
def values(i, j):
    if i == j:
        return frozenset([nums[i]])
    out = set()
    for k in range(i, j):
        for a in values(i, k):
            for b in values(k + 1, j):
                out.add(a + b if ops[k] == "+" else a - b)
    return frozenset(out)


print(min(values(0, len(nums) - 1)))
