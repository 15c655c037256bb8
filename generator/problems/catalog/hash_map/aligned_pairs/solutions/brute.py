"""Obviously correct: for every pair, compare the squared Manhattan distance with the squared straight-line one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
p = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
good = 0
for i in range(n):
    for j in range(i + 1, n):
        dx, dy = p[i][0] - p[j][0], p[i][1] - p[j][1]
        if (abs(dx) + abs(dy)) ** 2 == dx * dx + dy * dy:
            good += 1
print(good)
