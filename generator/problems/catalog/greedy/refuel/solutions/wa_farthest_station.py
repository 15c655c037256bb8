"""Wrong: always stops at the farthest reachable station not used yet."""
import sys

data = sys.stdin.buffer.read().split()
n, d, reach = int(data[0]), int(data[1]), int(data[2])
stations = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[4:4 + 2 * n:2])))
used = [False] * n
stops = 0
while reach < d:
    pick = -1
    for k in range(n):
        if stations[k][0] <= reach and not used[k]:
            pick = k
    if pick < 0:
        stops = -1
        break
    used[pick] = True
    reach += stations[pick][1]
    stops += 1
print(stops)
