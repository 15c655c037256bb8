"""Wrong: always moves the front to the back until the wanted item is in front (never the shorter way back)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
line = deque(range(1, n + 1))
moves = 0
for want in map(int, data[2:2 + m]):
    pos = line.index(want)
    line.rotate(-pos)
    moves += pos
    line.popleft()
print(moves)
