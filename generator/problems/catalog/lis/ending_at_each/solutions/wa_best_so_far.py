"""Wrong: prints the best length among the first i positions, not the best ending at i."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
ends = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and ends[j] + 1 > ends[i]:
            ends[i] = ends[j] + 1
best = 0
for i in range(n):
    best = max(best, ends[i])
    ends[i] = best
print(" ".join(map(str, ends)))
