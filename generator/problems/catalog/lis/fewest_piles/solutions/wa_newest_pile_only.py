"""Wrong: only the newest pile is considered; a value that does not fit on it starts a new pile."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
piles, top = 0, None
for x in map(int, data[1:1 + n]):
    if top is None or top < x:
        piles += 1
    top = x
print(piles)
