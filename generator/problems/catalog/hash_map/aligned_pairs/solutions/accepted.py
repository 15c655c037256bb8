"""|dx| + |dy| = sqrt(dx^2 + dy^2) iff dx = 0 or dy = 0: pairs sharing x, plus pairs sharing y, minus the pairs of
identical points (counted in both)."""
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
print(pairs(xs) + pairs(ys) - pairs(zip(xs, ys)))
