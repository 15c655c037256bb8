import sys

# best[i] = most from the first i glasses: skip glass i, or take it after skipping i - 1.
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [0] + [int(x) for x in data[1:n + 1]]
best = [0] * (n + 1)
best[1] = a[1]
for i in range(2, n + 1):
    best[i] = max(best[i - 1], best[i - 2] + a[i])
print(best[n])
