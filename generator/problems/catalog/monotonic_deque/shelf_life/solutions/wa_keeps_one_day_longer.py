"""Wrong: a day leaves the window one step late, so a unit seems fresh for K + 1 days."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
p = list(map(int, data[2:2 + n]))
c = list(map(int, data[2 + n:2 + 2 * n]))
window = deque()
total = 0
for i in range(n):
    while window and p[window[-1]] >= p[i]:
        window.pop()
    window.append(i)
    if window[0] < i - k:
        window.popleft()
    total += c[i] * p[window[0]]
print(total)
