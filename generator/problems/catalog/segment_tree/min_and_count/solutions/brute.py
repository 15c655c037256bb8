"""Obviously correct: a plain list; every query takes min() and count() of the slice."""
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
        part = a[x - 1:y]
        print(min(part), part.count(min(part)))
