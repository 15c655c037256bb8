"""ends[i] = 1 + the largest ends[j] over earlier positions j with a smaller value (1 if there is none): the
textbook O(N^2) table, printed whole."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
ends = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and ends[j] + 1 > ends[i]:
            ends[i] = ends[j] + 1
print(" ".join(map(str, ends)))
