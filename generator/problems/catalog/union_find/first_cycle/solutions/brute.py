"""Obviously correct: keep a group label per vertex and relabel a whole group on every merge."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
label = list(range(n + 1))
answer = 0
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if label[a] == label[b]:
        answer = i + 1
        break
    old = label[b]
    for v in range(1, n + 1):
        if label[v] == old:
            label[v] = label[a]
print(answer)
