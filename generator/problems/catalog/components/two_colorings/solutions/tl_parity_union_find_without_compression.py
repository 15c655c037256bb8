"""Too slow: union-find with parity but without path compression or union by size."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
parent = list(range(n + 1))
parity = [0] * (n + 1)


def find(x):
    p = 0
    while parent[x] != x:
        p ^= parity[x]
        x = parent[x]
    return x, p


components = n
ok = True
for i in range(m):
    (a, pa), (b, pb) = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
    if a == b:
        if pa == pb:
            ok = False
    else:
        parent[a] = b
        parity[a] = pa ^ pb ^ 1
        components -= 1
print(pow(2, components, 1000000007) if ok else 0)
