"""Wrong: adds the pairs sharing x and the pairs sharing y, so a pair of identical points is counted twice."""
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
print(pairs(xs) + pairs(ys))
