"""Wrong: counts each distinct word once (a set of the words): a word that appears three times adds 1 to its group, not 3."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
size = {}
for w in set(data[1:1 + n]):
    key = bytes(sorted(w))
    size[key] = size.get(key, 0) + 1
print(len(size), max(size.values()))
