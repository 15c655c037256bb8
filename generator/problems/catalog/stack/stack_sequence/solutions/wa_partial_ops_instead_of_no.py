"""Wrong: when the order is impossible, prints the operations done so far instead of NO."""
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
    if stack[-1] != x:
        ok = False
        break
    stack.pop()
    ops.append("-")
print("".join(ops))
