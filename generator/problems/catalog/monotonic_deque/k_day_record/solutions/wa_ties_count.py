"""Wrong: a value equal to the previous maximum is counted as a record (>= instead of >)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
window = deque()
records = []
for i, x in enumerate(a):
    if window and window[0] < i - k:
        window.popleft()
    if not window or a[window[0]] <= x:
        records.append(i + 1)
    while window and a[window[-1]] <= x:
        window.pop()
    window.append(i)
print(len(records))
print(" ".join(map(str, records)))
