"""Wrong: stores the current prefix before looking it up, so for K = 0 empty subarrays are counted."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
seen = {0: 1}
total = answer = 0
for x in a:
    total += x
    seen[total] = seen.get(total, 0) + 1
    answer += seen.get(total - k, 0)
print(answer)
