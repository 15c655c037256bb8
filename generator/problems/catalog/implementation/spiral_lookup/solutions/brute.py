"""Obviously correct: walk the spiral from 1 (right 1, up 1, left 2, down 2, right 3, up 3, ...) far enough to
cover every queried cell and number, recording both ways."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
queries, pos = [], 1
for _ in range(q):
    if data[pos] == "1":
        queries.append((1, int(data[pos + 1]), int(data[pos + 2])))
        pos += 3
    else:
        queries.append((2, int(data[pos + 1])))
        pos += 2
ring = max([max(abs(x[1]), abs(x[2])) for x in queries if x[0] == 1] + [0])
top = max([(2 * ring + 1) ** 2] + [x[1] for x in queries if x[0] == 2])
value, cell = {}, {}
r = c = 0
n = 1
run, d = 1, 0
steps = ((0, 1), (-1, 0), (0, -1), (1, 0))
value[(0, 0)], cell[1] = 1, (0, 0)
while n < top:
    for _ in range(2):
        for _ in range(run):
            r, c = r + steps[d][0], c + steps[d][1]
            n += 1
            value[(r, c)], cell[n] = n, (r, c)
        d = (d + 1) % 4
    run += 1
out = []
for x in queries:
    out.append(str(value[(x[1], x[2])]) if x[0] == 1 else "%d %d" % cell[x[1]])
print("\n".join(out))
