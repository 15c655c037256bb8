"""Obviously correct on tiny inputs: try every ordering of the letters, keep the smallest palindrome."""
import itertools
import sys

data = sys.stdin.read().split()
best = None
for order in set(itertools.permutations(data[1])):
    row = "".join(order)
    if row == row[::-1] and (best is None or row < best):
        best = row
print(best if best is not None else -1)
