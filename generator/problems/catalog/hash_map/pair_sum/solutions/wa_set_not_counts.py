"""Wrong: remembers which values were seen (a set), not how many times: repeated values undercount."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = set()
pairs = 0
for x in map(int, data[2:2 + n]):
    if k - x in seen:
        pairs += 1
    seen.add(x)
print(pairs)
