"""Too slow: tries every walk with a depth-first search (its own stack, no table): about 1.32^N walks."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
s = [0] + [int(x) for x in data[1:n + 1]]
best = -1
stack = [(0, 0, 0)]  # position (0 = the ground), steps stood on in a row, total so far
while stack:
    pos, run, total = stack.pop()
    if pos == n:
        if total > best:
            best = total
        continue
    if pos + 1 <= n and run < 2:
        stack.append((pos + 1, run + 1, total + s[pos + 1]))
    if pos + 2 <= n:
        stack.append((pos + 2, 1, total + s[pos + 2]))
print(best)
