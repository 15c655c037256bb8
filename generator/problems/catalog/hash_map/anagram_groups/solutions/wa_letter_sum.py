"""Wrong: keys a word by its length and the sum of its letter codes, so ad and bc collide."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
size = {}
for w in data[1:1 + n]:
    key = (len(w), sum(w))
    size[key] = size.get(key, 0) + 1
print(len(size), max(size.values()))
