"""Obviously correct (small inputs): keeps the plain array; after each change, the node at depth d above leaf i
covers the block of 2^d positions that contains i, so its value is the sum of that block."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
for e in range(q):
    i, x = int(data[2 + n + 2 * e]) - 1, int(data[3 + n + 2 * e])
    a[i] = x
    sums, size = [], 1
    while size <= n:
        start = i // size * size
        sums.append(sum(a[start:start + size]))
        size *= 2
    print(*sums)
