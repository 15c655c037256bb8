"""Fewest removals so the rest strictly decreases = N - (longest strictly decreasing subsequence).
keep[i] = longest strictly decreasing subsequence ending at i, from every earlier larger value: O(N^2)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
keep = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] > a[i] and keep[j] + 1 > keep[i]:
            keep[i] = keep[j] + 1
print(n - max(keep))
