"""Obviously correct: a plain list, assignments in place and sum() of the slice per query."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
pos = 2 + n
for _ in range(q):
    t, x, y = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    if t == 1:
        a[x - 1] = y
    else:
        print(sum(a[x - 1:y]))
