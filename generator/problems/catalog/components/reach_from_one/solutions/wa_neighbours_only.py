"""Wrong: counts vertex 1 and its direct neighbours only, not everything reachable through them."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
near = {1}
for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
    if u == 1:
        near.add(v)
    elif v == 1:
        near.add(u)
print(len(near))
