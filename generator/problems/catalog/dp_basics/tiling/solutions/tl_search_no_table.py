"""Too slow: a depth-first search over the coverings from the right end (its own stack, no table), one leaf per
shape of covering: about 1.6^N of them."""
import sys

MOD = 1_000_000_007
n, k = map(int, sys.stdin.read().split())
total = 0
stack = [(n, 1)]  # columns left, ways to have covered the rest
while stack:
    left, w = stack.pop()
    if left <= 1:
        total = (total + w) % MOD
        continue
    stack.append((left - 1, w))  # an upright piece
    stack.append((left - 2, w * (k + 1) % MOD))  # two flat pieces or a square of one of K colours
print(total)
