"""Obviously correct: at each decision, look at every unfinished job that has arrived."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
r = [int(data[1 + 2 * i]) for i in range(n)]
t = [int(data[2 + 2 * i]) for i in range(n)]
done = [False] * n
now, order = 0, []
for _ in range(n):
    ready = [j for j in range(n) if not done[j] and r[j] <= now]
    if not ready:
        now = min(r[j] for j in range(n) if not done[j])
        ready = [j for j in range(n) if not done[j] and r[j] <= now]
    j = min(ready, key=lambda j: (t[j], r[j], j))
    done[j] = True
    now += t[j]
    order.append(j + 1)
print(*order)
