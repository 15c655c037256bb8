"""Wrong: never answers -1; the start found by the sweep is printed even when the total fuel is too small."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
gain = data[1:1 + n]
cost = data[1 + n:1 + 2 * n]
total = tank = 0
start = 0
for i in range(n):
    delta = int(gain[i]) - int(cost[i])
    total += delta
    tank += delta
    if tank < 0:
        start, tank = i + 1, 0
print(start + 1 if start < n else n)
