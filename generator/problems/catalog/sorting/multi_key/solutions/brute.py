"""Obviously correct: a record's position is the number of records that must come before it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
recs = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]


def before(x, y):
    if x[1] != y[1]:
        return x[1] > y[1]
    if x[2] != y[2]:
        return x[2] < y[2]
    return x[0] < y[0]


out = [None] * n
for x in recs:
    out[sum(1 for y in recs if before(y, x))] = x[0]
print("\n".join(out))
