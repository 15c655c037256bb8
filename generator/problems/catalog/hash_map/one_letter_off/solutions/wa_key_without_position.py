"""Wrong: one dictionary for all positions, keyed by the word with a letter deleted, without the position:
ab (delete a) and ba (delete a) share the key b although they differ in two positions."""
import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
words = data[2:2 + n]
copies = {}
for w in words:
    copies[w] = copies.get(w, 0) + 1
group = {}
for w, c in copies.items():
    for p in range(length):
        key = w[:p] + w[p + 1:]
        group[key] = group.get(key, 0) + c
total = sum(c * (c - 1) // 2 for c in group.values())
identical = sum(c * (c - 1) // 2 for c in copies.values())
print(total - length * identical)
