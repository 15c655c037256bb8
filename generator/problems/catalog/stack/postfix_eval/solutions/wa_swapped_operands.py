"""Wrong: pops the two operands and subtracts them in the wrong order (top minus the one below)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack = []
for tok in data[1:1 + n]:
    if tok == b"+":
        b = stack.pop()
        stack[-1] += b
    elif tok == b"-":
        b = stack.pop()
        stack[-1] = b - stack[-1]
    elif tok == b"*":
        b = stack.pop()
        stack[-1] *= b
    else:
        stack.append(int(tok))
print(stack[0])
