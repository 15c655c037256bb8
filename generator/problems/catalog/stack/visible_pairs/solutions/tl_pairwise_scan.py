"""Too slow: every pair with a running maximum, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])]))
total = 0
for i in range(len(h)):
    between = 0
    hi = h[i]
    for j in range(i + 1, len(h)):
        if between <= hi and between <= h[j]:
            total += 1
        if h[j] > between:
            between = h[j]
            if between > hi:  # nobody further right can see person i
                break
print(total)
