"""Wrong: stops at a strictly smaller value on both sides, so a block with a repeated minimum is counted once per
copy."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = [-1] * n
stack = []
for i in range(n):
    while stack and a[stack[-1]] >= a[i]:
        stack.pop()
    left[i] = stack[-1] if stack else -1
    stack.append(i)
right = [n] * n
stack = []
for i in range(n - 1, -1, -1):
    while stack and a[stack[-1]] >= a[i]:
        stack.pop()
    right[i] = stack[-1] if stack else n
    stack.append(i)
print(sum(a[i] * (i - left[i]) * (right[i] - i) for i in range(n)))
