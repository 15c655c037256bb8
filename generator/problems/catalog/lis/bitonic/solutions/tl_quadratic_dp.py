"""Too slow at N = 10^5: the O(N^2) DP for the rise and the fall."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
inc = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and inc[j] + 1 > inc[i]:
            inc[i] = inc[j] + 1
dec = [1] * n
for i in range(n - 1, -1, -1):
    for j in range(i + 1, n):
        if a[j] < a[i] and dec[j] + 1 > dec[i]:
            dec[i] = dec[j] + 1
print(max(inc[i] + dec[i] - 1 for i in range(n)))
