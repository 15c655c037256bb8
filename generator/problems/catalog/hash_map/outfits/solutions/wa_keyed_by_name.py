"""Wrong: counts by the first word of a line (the item's name) instead of the second (its kind): every item is
its own kind, so the answer becomes 2^N - 1."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
count = {}
for kind in data[1:1 + 2 * n:2]:
    count[kind] = count.get(kind, 0) + 1
ways = 1
for c in count.values():
    ways = ways * (c + 1) % MOD
print((ways - 1) % MOD)
