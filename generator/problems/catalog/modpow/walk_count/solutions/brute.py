"""Obviously correct for small K: extend walks one road at a time, counting walks ending at each place."""
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
pos = 3 + 2 * m
q = int(data[pos])
for j in range(q):
    s, t = int(data[pos + 1 + 2 * j]), int(data[pos + 2 + 2 * j])
    count = {s: 1}
    for _ in range(k):
        nxt = {}
        for u, v in edges:
            if u in count:
                nxt[v] = nxt.get(v, 0) + count[u]
        count = nxt
    print(count.get(t, 0) % (10 ** 9 + 7))
