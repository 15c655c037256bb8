"""Obviously correct: the same recurrence with the window maximum taken by a plain loop."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = [a[0]]
for i in range(1, n):
    best.append(a[i] + max(best[j] for j in range(max(0, i - k), i)))
print(best[-1])
