"""Too slow: count the strings in a dictionary, then look up every proper prefix of every string (quadratic in
a string's length)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
s = data[1:1 + n]
count = {}
for x in s:
    count[x] = count.get(x, 0) + 1
pairs = sum(c * (c - 1) // 2 for c in count.values())
for x in s:
    for k in range(1, len(x)):
        pairs += count.get(x[:k], 0)
print(pairs)
