"""Wrong: subtracts c - 1 for a point repeated c times instead of its c·(c-1)/2 pairs."""
import sys


def pairs(keys):
    count = {}
    for k in keys:
        count[k] = count.get(k, 0) + 1
    return sum(c * (c - 1) // 2 for c in count.values())


data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = data[1:1 + 2 * n:2]
ys = data[2:2 + 2 * n:2]
same = {}
for p in zip(xs, ys):
    same[p] = same.get(p, 0) + 1
print(pairs(xs) + pairs(ys) - sum(c - 1 for c in same.values()))
