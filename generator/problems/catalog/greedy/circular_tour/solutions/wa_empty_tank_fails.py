"""Wrong: an empty tank counts as a failure (<= 0), so among equal balances the later start is kept, not the smallest."""
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
    if tank <= 0:
        start, tank = i + 1, 0
print(start + 1 if total >= 0 else -1)
