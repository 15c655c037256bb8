"""Wrong: counts the right rotation as length - position - 1 moves, one short (the wanted item must reach the front,
not the back)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
line = deque(range(1, n + 1))
moves = 0
for want in map(int, data[2:2 + m]):
    pos = line.index(want)
    right = len(line) - pos - 1
    if pos <= right:
        line.rotate(-pos)
        moves += pos
    else:
        line.rotate(len(line) - pos)
        moves += right
    line.popleft()
print(moves)
