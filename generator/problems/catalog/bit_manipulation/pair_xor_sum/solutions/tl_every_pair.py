"""Too slow: XORs all N(N-1)/2 pairs."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for i in range(n):
    x = a[i]
    for j in range(i + 1, n):
        total += x ^ a[j]
print(total)
