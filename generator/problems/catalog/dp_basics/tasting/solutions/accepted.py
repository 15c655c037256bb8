import sys

# best[i] = most from the first i glasses: skip glass i, take it after skipping i - 1, or take i - 1 and i after
# skipping i - 2 (never three in a row).
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [0] + [int(x) for x in data[1:n + 1]]
best = [0] * (n + 1)
best[1] = a[1]
if n >= 2:
    best[2] = a[1] + a[2]
for i in range(3, n + 1):
    best[i] = max(best[i - 1], best[i - 2] + a[i], best[i - 3] + a[i - 1] + a[i])
print(best[n])
