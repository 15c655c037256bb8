"""Obviously correct: simulate the round from every start, smallest first; the first that never runs dry."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
gain = [int(x) for x in data[1:1 + n]]
cost = [int(x) for x in data[1 + n:1 + 2 * n]]
answer = -1
for s in range(n):
    tank = 0
    for k in range(n):
        i = (s + k) % n
        tank += gain[i] - cost[i]
        if tank < 0:
            break
    else:
        answer = s + 1
        break
print(answer)
