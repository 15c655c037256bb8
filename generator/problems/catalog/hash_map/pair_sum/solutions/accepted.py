"""Scan left to right; the pairs that a_j closes are the earlier values equal to K - a_j, counted in a dict."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {}
pairs = 0
for x in map(int, data[2:2 + n]):
    pairs += seen.get(k - x, 0)
    seen[x] = seen.get(x, 0) + 1
print(pairs)
