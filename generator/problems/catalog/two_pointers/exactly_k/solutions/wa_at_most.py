"""Wrong: counts the blocks with AT MOST K different values (one sliding window), not exactly K."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
index = {}
ids = [index.setdefault(v, len(index)) for v in data[2:2 + n]]
count = [0] * len(index)
distinct = 0
left = 0
total = 0
for right, v in enumerate(ids):
    if count[v] == 0:
        distinct += 1
    count[v] += 1
    while distinct > k:
        u = ids[left]
        count[u] -= 1
        if count[u] == 0:
            distinct -= 1
        left += 1
    total += right - left + 1
print(total)
