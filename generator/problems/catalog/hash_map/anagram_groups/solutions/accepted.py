"""The sorted letters of a word are the same for exactly its anagrams: count words per key in a dictionary."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
size = {}
for w in data[1:1 + n]:
    key = bytes(sorted(w))
    size[key] = size.get(key, 0) + 1
print(len(size), max(size.values()))
