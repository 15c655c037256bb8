"""Wrong: never reports a disconnected graph; prints the weight of the spanning forest."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3])))
    return n, edges

n, edges = read()
parent = list(range(n + 1))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
total = 0
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        total += w
print(total)
