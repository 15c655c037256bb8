"""Wrong: multiplies the counts c, as if one item of every kind had to be worn (a kind cannot be left out)."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
count = {}
for kind in data[2:2 + 2 * n:2]:
    count[kind] = count.get(kind, 0) + 1
ways = 1
for c in count.values():
    ways = ways * c % MOD
print(ways % MOD)
