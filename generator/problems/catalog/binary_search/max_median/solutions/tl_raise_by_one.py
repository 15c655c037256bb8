"""Too slow: raises the candidate median one unit at a time and recomputes the cost each time (linear search on
the answer, O(N) per step)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
upper = a[n // 2:]
m = upper[0]
while True:
    target, need = m + 1, 0
    for v in upper:
        if v >= target:
            break
        need += target - v
    if need > k:
        break
    m = target
print(m)
