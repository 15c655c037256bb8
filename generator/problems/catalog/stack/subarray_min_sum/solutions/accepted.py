"""Reference: each block is owned by the rightmost copy of its minimum, so a_i owns the blocks that start after the
previous strictly smaller value and end before the next smaller-or-equal value (ties: counted exactly once).
Two monotonic-stack passes find both borders; the sum is a_i * (i - left) * (right - i)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
left = [-1] * n  # previous index with a smaller value (strictly)
stack = []
for i in range(n):
    while stack and a[stack[-1]] >= a[i]:
        stack.pop()
    left[i] = stack[-1] if stack else -1
    stack.append(i)
right = [n] * n  # next index with a smaller or equal value
stack = []
for i in range(n - 1, -1, -1):
    while stack and a[stack[-1]] > a[i]:
        stack.pop()
    right[i] = stack[-1] if stack else n
    stack.append(i)
print(sum(a[i] * (i - left[i]) * (right[i] - i) for i in range(n)))
