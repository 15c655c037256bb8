"""Two monotonic deques (decreasing values for the maximum, increasing for the minimum) over a window whose left
end only moves right: while max - min > D the left end advances and indices left behind leave at the fronts."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
highs, lows = deque(), deque()
left = 0
best_len, best_start = 0, 0
for r, x in enumerate(a):
    while highs and a[highs[-1]] <= x:
        highs.pop()
    highs.append(r)
    while lows and a[lows[-1]] >= x:
        lows.pop()
    lows.append(r)
    while a[highs[0]] - a[lows[0]] > d:
        left += 1
        if highs[0] < left:
            highs.popleft()
        if lows[0] < left:
            lows.popleft()
    if r - left + 1 > best_len:  # strictly longer only: the first stretch of the best length is kept
        best_len, best_start = r - left + 1, left
print(best_len, best_start + 1)
