"""Wrong: sums C(c, 2) over the blanked keys but forgets that identical words share every key."""
import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
words = data[2:2 + n]
copies = {}
for w in words:
    copies[w] = copies.get(w, 0) + 1
total = 0
for p in range(length):
    group = {}
    for w, c in copies.items():
        key = w[:p] + w[p + 1:]
        group[key] = group.get(key, 0) + c
    total += sum(c * (c - 1) // 2 for c in group.values())
print(total)
