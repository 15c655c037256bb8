"""Wrong: the N-1 cheapest edges, without checking for cycles."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

n, edges = read()
edges.sort()
if len(edges) < n - 1:
    print(-1)
else:
    print(sum(w for w, u, v in edges[:n - 1]))
