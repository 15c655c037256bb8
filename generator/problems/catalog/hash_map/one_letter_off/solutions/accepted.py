"""Per position p, words equal outside p share the key (p, word without p). A pair one letter off shares exactly
one key, an identical pair all L keys, any other pair none: answer = sum over keys C(c, 2) - L * identical pairs."""
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
print(total - length * identical)
