"""Wrong: drops repeated points first, as if two people at the same place did not form a pair."""
import sys


def pairs(keys):
    count = {}
    for k in keys:
        count[k] = count.get(k, 0) + 1
    return sum(c * (c - 1) // 2 for c in count.values())


data = sys.stdin.buffer.read().split()
n = int(data[0])
points = set(zip(data[1:1 + 2 * n:2], data[2:2 + 2 * n:2]))
print(pairs(x for x, _ in points) + pairs(y for _, y in points))
