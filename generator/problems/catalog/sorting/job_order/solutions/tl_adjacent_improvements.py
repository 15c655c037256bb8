"""Too slow: bubble sort with the exchange rule — keep swapping neighbours while that lowers the cost, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
jobs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
changed = True
while changed:
    changed = False
    for i in range(n - 1):
        (t1, w1), (t2, w2) = jobs[i], jobs[i + 1]
        if t2 * w1 < t1 * w2:
            jobs[i], jobs[i + 1] = jobs[i + 1], jobs[i]
            changed = True
clock = total = 0
for t, w in jobs:
    clock += t
    total += w * clock
print(total)
