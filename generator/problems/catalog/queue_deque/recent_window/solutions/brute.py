"""Obviously correct: for every event count the earlier-or-same events inside the window directly."""
import sys

data = sys.stdin.read().split()
n, w = int(data[0]), int(data[1])
t = list(map(int, data[2:2 + n]))
for i in range(n):
    print(sum(1 for j in range(i + 1) if t[i] - w <= t[j] <= t[i]))
