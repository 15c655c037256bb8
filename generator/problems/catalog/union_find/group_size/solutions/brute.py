"""Obviously correct: a label per vertex, relabel a whole group on a merge, count labels on a question."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
label = list(range(n + 1))
pos = 2
for _ in range(q):
    if data[pos] == "1":
        a, b = int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        old = label[b]
        for v in range(1, n + 1):
            if label[v] == old:
                label[v] = label[a]
    else:
        a = int(data[pos + 1])
        pos += 2
        print(sum(1 for v in range(1, n + 1) if label[v] == label[a]))
