"""Wrong: forgets to empty the stack after the last bar (no zero-height sentinel at the end)."""
import sys

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])]))
stack = [-1]
best = 0
for i, x in enumerate(h):
    while stack[-1] >= 0 and h[stack[-1]] >= x:
        top = stack.pop()
        width = i - stack[-1] - 1
        best = max(best, h[top] * width)
    stack.append(i)
print(best)
