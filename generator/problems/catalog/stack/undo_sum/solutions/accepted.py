"""Reference: a stack of written amounts; 0 pops the top."""
import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
stack = []
for tok in data[1:1 + k]:
    x = int(tok)
    if x == 0:
        stack.pop()
    else:
        stack.append(x)
print(sum(stack))
