"""Obviously correct: every string of '(' and ')' of length 2N (small N) that starts with the prefix and is
balanced, sorted."""
import sys
from itertools import product

data = sys.stdin.read().split()
n, prefix = int(data[0]), data[1]


def balanced(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


good = sorted("".join(t) for t in product("()", repeat=2 * n) if "".join(t).startswith(prefix) and balanced("".join(t)))
print("\n".join(good) if good else -1)
