"""Circular tour: if the total gain is below the total cost no start works. Otherwise drive from station 1 and
whenever the tank would go negative after leaving station i, no start from the current one up to i can work
(each of them arrives there with no more fuel), so restart at i + 1. The start left at the end is the first
station where the running balance sum(g - c) before it is smallest, which is the smallest valid start."""
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
print(start + 1 if total >= 0 else -1)
