"""Wrong: the window is one stone short (jumps of length K are never used)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = [0] * n
best[0] = a[0]
window = deque([0])
for i in range(1, n):
    if window[0] <= i - k:
        window.popleft()
    best[i] = a[i] + best[window[0]]
    while window and best[window[-1]] <= best[i]:
        window.pop()
    window.append(i)
print(best[n - 1])
