"""Wrong: adds the full length of every non-trivial cycle (the misplaced count) instead of length - 1."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
target = {v: i for i, v in enumerate(sorted(a))}
dest = [target[v] for v in a]  # the element at position i belongs at dest[i]
seen = [False] * n
moves = 0
for start in range(n):
    if not seen[start]:
        length = 0
        i = start
        while not seen[i]:
            seen[i] = True
            i = dest[i]
            length += 1
        if length > 1:
            moves += length
print(moves)
