"""Too slow: the heaviest person left looks through everybody left for the heaviest partner who fits, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n, limit = int(data[0]), int(data[1])
left = sorted(map(int, data[2:2 + n]))
boats = 0
while left:
    heavy = left.pop()
    partner = -1
    for k in range(len(left)):
        if heavy + left[k] <= limit:
            partner = k
    if partner >= 0:
        left.pop(partner)
    boats += 1
print(boats)
