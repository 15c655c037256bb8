"""Rectangle sums: P[i][j] = sum of the rectangle (1,1)..(i,j); a query is four lookups (inclusion-exclusion)."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
P = [[0] * (m + 1)]
pos = 3
for i in range(n):
    row = [0] + list(accumulate(map(int, data[pos:pos + m])))
    pos += m
    above = P[-1]
    P.append([x + y for x, y in zip(row, above)])
out = []
for _ in range(q):
    x1, y1, x2, y2 = int(data[pos]), int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
    pos += 4
    out.append(P[x2][y2] - P[x1 - 1][y2] - P[x2][y1 - 1] + P[x1 - 1][y1 - 1])
sys.stdout.write("\n".join(map(str, out)) + "\n")
