"""Heaviest strictly increasing subsequence: best[i] = A_i + the best total of a chain ending before i on a
smaller value (N is tiny, so the O(N^2) DP is plenty)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = [0] * n
for i in range(n):
    best[i] = a[i]
    for j in range(i):
        if a[j] < a[i] and best[j] + a[i] > best[i]:
            best[i] = best[j] + a[i]
print(max(best))
