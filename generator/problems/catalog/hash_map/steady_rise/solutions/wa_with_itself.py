"""Wrong: counts c*(c+1)/2 pairs per key, pairing every value with itself too."""
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
count = {}
for i, x in enumerate(map(int, data[2:2 + n]), start=1):
    key = x - d * i
    count[key] = count.get(key, 0) + 1
print(sum(c * (c + 1) // 2 for c in count.values()))
