"""Wrong: keeps single heights on the stack and pops equal ones too, so a newcomer does not see the people
of its own height further back."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack = []
total = 0
for x in map(int, data[1:1 + n]):
    while stack and stack[-1] <= x:
        stack.pop()
        total += 1
    if stack:
        total += 1
    stack.append(x)
print(total)
