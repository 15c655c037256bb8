import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
count = 0
for mask in range(1, 1 << n):  # every subset, summed from scratch: O(2^N * N)
    total = 0
    for i in range(n):
        if mask >> i & 1:
            total += a[i]
    if total == s:
        count += 1
print(count)
