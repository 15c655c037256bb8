"""Wrong: forgets the removals left at the end (an increasing tail keeps all its digits)."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
stack = []
for d in data[2]:
    while k and stack and stack[-1] > d:
        stack.pop()
        k -= 1
    stack.append(d)
print("".join(stack))
