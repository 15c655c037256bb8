"""Wrong: counts every coordinate in one dictionary, so x = 3 of one point and y = 3 of another look shared."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = data[1:1 + 2 * n:2]
ys = data[2:2 + 2 * n:2]
count = {}
for k in [*xs, *ys]:
    count[k] = count.get(k, 0) + 1
same = {}
for p in zip(xs, ys):
    same[p] = same.get(p, 0) + 1
print(sum(c * (c - 1) // 2 for c in count.values()) - sum(c * (c - 1) // 2 for c in same.values()))
