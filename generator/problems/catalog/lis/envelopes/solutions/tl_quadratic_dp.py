"""Too slow at N = 2*10^5: sort by width, then the O(N^2) DP over every earlier rectangle that fits inside."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pairs = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
best = [1] * n
for i in range(n):
    w, h = pairs[i]
    for j in range(i):
        if pairs[j][0] < w and pairs[j][1] < h and best[j] + 1 > best[i]:
            best[i] = best[j] + 1
print(max(best))
