"""Too slow: looks for the wanted number anywhere in the stack (a linear search) before checking the top,
O(N^2) when the stack is deep."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack, ops, nxt = [], [], 1
ok = True
for x in map(int, data[1:1 + n]):
    while nxt <= x:
        stack.append(nxt)
        ops.append("+")
        nxt += 1
    if x not in stack or stack.index(x) != len(stack) - 1:
        ok = False
        break
    stack.pop()
    ops.append("-")
print("".join(ops) if ok else "NO")
