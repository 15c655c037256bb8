import sys

# best[i] = most pay from the offers of days i..N: skip day i, or take its offer and go on from the day it ends.
data = sys.stdin.buffer.read().split()
n = int(data[0])
best = [0] * (n + 2)
for i in range(n, 0, -1):
    t, p = int(data[2 * i - 1]), int(data[2 * i])
    b = best[i + 1]
    if i + t <= n + 1 and p + best[i + t] > b:
        b = p + best[i + t]
    best[i] = b
print(best[1])
