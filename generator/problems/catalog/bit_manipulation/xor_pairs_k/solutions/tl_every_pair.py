"""Too slow: XORs every pair of positions."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
pairs = 0
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        if x ^ a[j] == k:
            pairs += 1
print(pairs)
