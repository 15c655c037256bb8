"""Wrong: measures the width from the popped bar itself instead of from the bar below it on the stack."""
import sys

data = sys.stdin.buffer.read().split()
h = list(map(int, data[1:1 + int(data[0])])) + [0]
stack = [-1]
best = 0
for i, x in enumerate(h):
    while stack[-1] >= 0 and h[stack[-1]] >= x:
        top = stack.pop()
        width = i - top
        best = max(best, h[top] * width)
    stack.append(i)
print(best)
