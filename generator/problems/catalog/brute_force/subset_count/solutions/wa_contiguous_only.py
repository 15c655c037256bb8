import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
count = 0
for i in range(n):  # only contiguous pieces, not every subset
    total = 0
    for j in range(i, n):
        total += a[j]
        count += total == s
print(count)
