"""Wrong: every vertex picks its cheapest edge and the distinct picks are summed (one Boruvka round)."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

n, edges = read()
best = [None] * (n + 1)
for i, (w, u, v) in enumerate(edges):
    for x in (u, v):
        if best[x] is None or (w, i) < best[x]:
            best[x] = (w, i)
if n == 1:
    print(0)
elif any(best[x] is None for x in range(1, n + 1)):
    print(-1)
else:
    print(sum(edges[i][0] for i in sorted({pick[1] for pick in best[1:]})))
