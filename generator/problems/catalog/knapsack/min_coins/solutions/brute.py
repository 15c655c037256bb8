"""Obviously correct: breadth-first over amounts reached with 1, 2, 3, ... coins."""
import sys

data = sys.stdin.read().split()
n, t = int(data[0]), int(data[1])
coins = [int(x) for x in data[2:2 + n]]
reached, frontier, used = {0}, {0}, 0
answer = 0 if t == 0 else -1
while frontier and answer < 0:
    used += 1
    frontier = {s + c for s in frontier for c in coins if s + c <= t} - reached
    reached |= frontier
    if t in frontier:
        answer = used
print(answer)
