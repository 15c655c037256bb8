"""Too slow at N = 2·10^5: the textbook O(N^2) DP."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
length = [1] * n
for i in range(n):
    ai, li = a[i], 1
    for j in range(i):
        if a[j] < ai and length[j] + 1 > li:
            li = length[j] + 1
    length[i] = li
print(max(length))
