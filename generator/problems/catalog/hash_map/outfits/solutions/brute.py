"""Obviously correct: try every non-empty set of items and keep those without two items of the same kind."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
kinds = [data[2 + 2 * i] for i in range(n)]
good = 0
for mask in range(1, 1 << n):
    chosen = [kinds[i] for i in range(n) if mask >> i & 1]
    if len(chosen) == len(set(chosen)):
        good += 1
print(good % 1000000007)
