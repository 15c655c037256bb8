"""Reference: a stack of bars with increasing heights (-1 is a sentinel); a bar popped at i spans to i - 1."""
import sys

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])])) + [0]
stack = [-1]
best = 0
for i, x in enumerate(h):
    while stack[-1] >= 0 and h[stack[-1]] >= x:
        top = stack.pop()
        width = i - stack[-1] - 1
        best = max(best, h[top] * width)
    stack.append(i)
print(best)
