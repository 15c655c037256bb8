"""Wrong: union by size that adds the size to the root that is attached, not to the new root."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    return n, list(zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])))

n, links = read()
parent = list(range(n + 1))
size = [1] * (n + 1)
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
groups, largest = n, 1
out = []
for a, b in links:
    ra, rb = find(a), find(b)
    if ra != rb:
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[rb] += size[ra]
        groups -= 1
        largest = max(largest, size[rb])
    out.append(f"{groups} {largest}")
print("\n".join(out))
