"""Too slow: walks through every subset of the items (2^N), counting those with total exactly S."""
import sys

MOD = 10**9 + 7

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
ws = [int(x) for x in data[2:2 + n]]
count = 0
stack = [(0, 0)]  # next item, total so far (iterative: no recursion limit)
while stack:
    i, total = stack.pop()
    if total > target:
        continue
    if i == n:
        count += total == target
        continue
    stack.append((i + 1, total))
    stack.append((i + 1, total + ws[i]))
print(count % MOD)
