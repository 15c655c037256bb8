"""Too slow: tries every way to build T from the largest coin down (exponential), with no table."""
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
coins = sorted((int(x) for x in data[2:2 + n]), reverse=True)
best = [-1]
stack = [(t, 0, 0)]  # amount left, first coin allowed, coins used (iterative: no recursion limit)
while stack:
    left, start, used = stack.pop()
    if left == 0:
        if best[0] < 0 or used < best[0]:
            best[0] = used
        continue
    for i in range(start, n):
        if coins[i] <= left:
            stack.append((left - coins[i], i, used + 1))
print(best[0])
