"""Pairs with A_i + A_j <= K: sort; for each i, the partners j > i are the indices up to the last one with
a[j] <= K - a[i], found by an upper-bound search that starts at i + 1."""
import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
total = 0
for i in range(n):
    end = bisect_right(a, k - a[i], i + 1)  # first index > i whose value is too big
    if end <= i + 1:
        break  # a is sorted: later i have even fewer partners
    total += end - (i + 1)
print(total)
