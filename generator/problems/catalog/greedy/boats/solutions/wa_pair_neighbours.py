"""Wrong: pairs neighbours in sorted order, from the heaviest down."""
import sys

data = sys.stdin.buffer.read().split()
n, limit = int(data[0]), int(data[1])
w = sorted(map(int, data[2:2 + n]), reverse=True)
i, boats = 0, 0
while i < n:
    if i + 1 < n and w[i] + w[i + 1] <= limit:
        i += 2
    else:
        i += 1
    boats += 1
print(boats)
