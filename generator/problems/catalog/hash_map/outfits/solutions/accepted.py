"""Count the items of each kind in a dict; each kind is skipped or worn with one of its c items: prod(c + 1) - 1."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
count = {}
for kind in data[2:2 + 2 * n:2]:
    count[kind] = count.get(kind, 0) + 1
ways = 1
for c in count.values():
    ways = ways * (c + 1) % MOD
print((ways - 1) % MOD)
