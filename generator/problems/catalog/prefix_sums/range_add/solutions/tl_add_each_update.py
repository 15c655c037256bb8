"""Too slow: applies every update to every element of its range (O(N*Q))."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
pos = 2 + n
for _ in range(q):
    l, r, x = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    for i in range(l - 1, r):
        a[i] += x
print(" ".join(map(str, a)))
