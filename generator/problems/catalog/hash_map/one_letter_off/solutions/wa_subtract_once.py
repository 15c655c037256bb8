"""Wrong: removes each identical pair once, though it was counted once for every one of the L positions."""
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
identical = sum(c * (c - 1) // 2 for c in copies.values())
print(total - identical)
