"""Too slow: keeps the kinds in a list and searches it for every item (O(N * kinds))."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
kinds, counts = [], []
for kind in data[2:2 + 2 * n:2]:
    for i in range(len(kinds)):
        if kinds[i] == kind:
            counts[i] += 1
            break
    else:
        kinds.append(kind)
        counts.append(1)
ways = 1
for c in counts:
    ways = ways * (c + 1) % MOD
print((ways - 1) % MOD)
