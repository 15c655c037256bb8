"""Wrong: the length of the run of neighbours that strictly increases and ends at i (chosen values need not be
neighbours)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
ends = [1] * n
for i in range(1, n):
    if a[i - 1] < a[i]:
        ends[i] = ends[i - 1] + 1
print(" ".join(map(str, ends)))
