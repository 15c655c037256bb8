"""Wrong: one window with at most K values; whenever it holds exactly K it adds its whole length, counting starts
near the right end whose blocks have fewer than K different values."""
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
    if distinct == k:
        total += right - left + 1
print(total)
