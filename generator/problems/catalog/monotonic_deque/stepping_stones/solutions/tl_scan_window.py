"""Too slow: the recurrence with max() over the last K values, O(N * K)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = [0] * n
best[0] = a[0]
for i in range(1, n):
    best[i] = a[i] + max(best[max(0, i - k):i])
print(best[n - 1])
