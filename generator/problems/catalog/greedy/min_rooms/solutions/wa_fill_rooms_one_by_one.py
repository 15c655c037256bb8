"""Wrong: fills one room at a time with as many lectures as possible."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
left = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))  # (end, start)
rooms = 0
while left:
    free_at, rest = -1, []
    for end, start in left:
        if start >= free_at:
            free_at = end
        else:
            rest.append((end, start))
    left = rest
    rooms += 1
print(rooms)
