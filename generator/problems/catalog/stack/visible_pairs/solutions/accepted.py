"""Reference: a stack of (height, how many in a row) with non-increasing heights. A newcomer sees every shorter
person it pops, every person of its own height on top, and the first taller person below them."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
stack = []
total = 0
for x in map(int, data[1:1 + n]):
    while stack and stack[-1][0] < x:
        total += stack.pop()[1]
    if stack and stack[-1][0] == x:
        same = stack.pop()[1]
        total += same
        if stack:
            total += 1
        stack.append((x, same + 1))
    else:
        if stack:
            total += 1
        stack.append((x, 1))
print(total)
