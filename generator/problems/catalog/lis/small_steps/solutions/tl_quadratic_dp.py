"""Too slow at N = 10^5: best[i] from every earlier j with A_i - K <= A_j < A_i, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = [1] * n
for i in range(n):
    x, low = a[i], a[i] - k
    for j in range(i):
        if low <= a[j] < x and best[j] + 1 > best[i]:
            best[i] = best[j] + 1
print(max(best))
