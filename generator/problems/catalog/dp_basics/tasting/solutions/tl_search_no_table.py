"""Too slow: tries every choice of glasses with a depth-first search (its own stack, no table): about 1.84^N of
them."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
best = 0
stack = [(0, 0, 0)]  # next glass, glasses taken in a row just before it, total so far
while stack:
    i, run, total = stack.pop()
    if i == n:
        if total > best:
            best = total
        continue
    stack.append((i + 1, 0, total))  # skip glass i
    if run < 2:
        stack.append((i + 1, run + 1, total + a[i]))  # take it
print(best)
