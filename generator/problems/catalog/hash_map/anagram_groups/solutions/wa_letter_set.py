"""Wrong: keys a word by the set of its letters, so aab, abb and aabb fall into one group."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
size = {}
for w in data[1:1 + n]:
    key = frozenset(w)
    size[key] = size.get(key, 0) + 1
print(len(size), max(size.values()))
