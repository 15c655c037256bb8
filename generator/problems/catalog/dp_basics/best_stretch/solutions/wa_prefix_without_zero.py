import sys

# A run (i, j] totals prefix[j] - prefix[i]: take the smallest prefix before each end.
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
prefix = a[0]
smallest = prefix
best = a[0]
for x in a[1:]:
    prefix += x
    if prefix - smallest > best:
        best = prefix - smallest
    if prefix < smallest:
        smallest = prefix
print(best)
