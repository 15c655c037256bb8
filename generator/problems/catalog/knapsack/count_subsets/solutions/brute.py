"""Obviously correct: every subset of the item positions, counted when its total is exactly S."""
import sys

data = sys.stdin.read().split()
n, target = int(data[0]), int(data[1])
ws = [int(x) for x in data[2:2 + n]]
count = sum(1 for mask in range(1 << n) if sum(ws[i] for i in range(n) if mask >> i & 1) == target)
print(count % (10**9 + 7))
