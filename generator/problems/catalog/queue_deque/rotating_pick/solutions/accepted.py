"""Rotate the deque toward each wanted item the shorter way, then take it out: the cyclic order left behind is the
same in both directions, so the shorter way is always right."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
line = deque(range(1, n + 1))
moves = 0
for want in map(int, data[2:2 + m]):
    pos = line.index(want)
    if pos <= len(line) - pos:
        line.rotate(-pos)
        moves += pos
    else:
        line.rotate(len(line) - pos)
        moves += len(line) - pos
    line.popleft()
print(moves)
