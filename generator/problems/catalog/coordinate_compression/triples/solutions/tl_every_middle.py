"""Too slow: for every middle element count the smaller values on its left and the larger on its right, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
total = 0
for j in range(n):
    v = a[j]
    total += sum(1 for x in a[:j] if x < v) * sum(1 for x in a[j + 1:] if x > v)
print(total)
