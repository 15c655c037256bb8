"""Obviously correct: try every sequence of takes from the front or the back (exhaustive search)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
best = 0
stack = [(0, n - 1, 0, 0)]
while stack:
    l, r, last, taken = stack.pop()
    best = max(best, taken)
    if l <= r:
        if a[l] > last:
            stack.append((l + 1, r, a[l], taken + 1))
        if a[r] > last:
            stack.append((l, r - 1, a[r], taken + 1))
print(best)
