"""Wrong: forgets the empty prefix (sum 0), so subarrays starting at the first element are missed."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
seen = {}
total = answer = 0
for x in a:
    total += x
    answer += seen.get(total - k, 0)
    seen[total] = seen.get(total, 0) + 1
print(answer)
