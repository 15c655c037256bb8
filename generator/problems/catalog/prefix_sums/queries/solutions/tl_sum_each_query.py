"""Too slow for many long queries: adds up every queried range again (O(N*Q))."""
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for j in range(q):
    l, r = int(data[2 + n + 2 * j]), int(data[3 + n + 2 * j])
    total = 0
    for i in range(l - 1, r):
        total += a[i]
    out.append(total)
print("\n".join(map(str, out)))
