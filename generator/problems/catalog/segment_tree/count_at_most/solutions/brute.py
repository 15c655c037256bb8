"""Obviously correct: count directly for every question."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, q = data[0], data[1]
a = data[2:2 + n]
for k in range(q):
    l, r, x = data[2 + n + 3 * k:5 + n + 3 * k]
    print(sum(1 for i in range(l - 1, r) if a[i] <= x))
