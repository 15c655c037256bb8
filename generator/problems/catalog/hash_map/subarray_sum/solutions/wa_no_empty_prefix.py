"""Wrong: forgets the empty prefix, so stretches that start at the first value are never counted."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {}
prefix = 0
found = 0
for x in map(int, data[2:2 + n]):
    prefix += x
    found += seen.get(prefix - k, 0)
    seen[prefix] = seen.get(prefix, 0) + 1
print(found)
