"""Wrong: keys by a_i + D*i (the index moved to the wrong side), which matches a_j - a_i = -D(j - i)."""
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
seen = {}
pairs = 0
for i, x in enumerate(map(int, data[2:2 + n]), start=1):
    key = x + d * i
    c = seen.get(key, 0)
    pairs += c
    seen[key] = c + 1
print(pairs)
