"""A stretch l..r sums to K iff prefix[r] - prefix[l-1] = K: count earlier prefix sums equal to prefix[r] - K.
The empty prefix (sum 0) is counted before the first value."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {0: 1}
prefix = 0
found = 0
for x in map(int, data[2:2 + n]):
    prefix += x
    found += seen.get(prefix - k, 0)
    seen[prefix] = seen.get(prefix, 0) + 1
print(found)
