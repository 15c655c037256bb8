"""Wrong: a station exactly at the end of the fuel is treated as out of reach."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, d, reach = int(data[0]), int(data[1]), int(data[2])
stations = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[4:4 + 2 * n:2])))
passed = []
stops = i = 0
while reach < d:
    while i < n and stations[i][0] < reach:
        heappush(passed, -stations[i][1])
        i += 1
    if not passed:
        stops = -1
        break
    reach -= heappop(passed)
    stops += 1
print(stops)
