"""Reference: a value stack; an operator pops the right operand, then the left one, and pushes the result."""
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
        stack[-1] -= b
    elif tok == b"*":
        b = stack.pop()
        stack[-1] *= b
    else:
        stack.append(int(tok))
print(stack[0])
