"""Too slow: for every start, extends the block to the right keeping a running minimum, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for i in range(n):
    low = a[i]
    for j in range(i, n):
        if a[j] < low:
            low = a[j]
        total += low
print(total)
