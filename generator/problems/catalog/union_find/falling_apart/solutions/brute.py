"""Obviously correct: after every loss, count the groups of the working edges from scratch."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
ends = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
order = [int(x) - 1 for x in data[3 + 2 * m: 3 + 2 * m + q]]
working = [True] * m
for e in order:
    working[e] = False
    label = list(range(n + 1))
    changed = True
    while changed:
        changed = False
        for i in range(m):
            a, b = ends[i]
            if working[i] and label[a] != label[b]:
                label[a] = label[b] = min(label[a], label[b])
                changed = True
    print(len(set(label[1:])))
