"""Too slow: paint the compressed pieces of every poster in order, overwriting earlier posters, then count the
owners left: O(N^2) when the posters are long."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = list(map(int, data[1:2 * n + 1:2]))
stops = [int(r) + 1 for r in data[2:2 * n + 1:2]]
coords = sorted(set(starts) | set(stops))
index = {c: i for i, c in enumerate(coords)}
owner = [-1] * len(coords)
for i in range(n):
    for j in range(index[starts[i]], index[stops[i]]):
        owner[j] = i
print(len(set(owner) - {-1}))
