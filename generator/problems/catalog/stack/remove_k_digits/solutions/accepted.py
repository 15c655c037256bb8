"""Reference: a monotonic stack; a digit pops larger digits before it while removals are left, and removals
still left at the end come off the tail."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
stack = []
for d in data[2]:
    while k and stack and stack[-1] > d:
        stack.pop()
        k -= 1
    stack.append(d)
if k:
    del stack[-k:]
print("".join(stack))
