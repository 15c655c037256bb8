"""Too slow: the natural shortcut, the passed stations' fuel in a sorted list kept with bisect.insort (the most
fuel is pop()); each insertion shifts the list, O(N^2) when the fuel amounts fall along the road."""
import sys
from bisect import insort

data = sys.stdin.buffer.read().split()
n, d, reach = int(data[0]), int(data[1]), int(data[2])
stations = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[4:4 + 2 * n:2])))
passed = []
stops = i = 0
while reach < d:
    while i < n and stations[i][0] <= reach:
        insort(passed, stations[i][1])
        i += 1
    if not passed:
        stops = -1
        break
    reach += passed.pop()
    stops += 1
print(stops)
