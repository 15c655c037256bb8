"""Reference: cells with the same letter joined side by side form a graph; a region (connected component) holds
a loop exactly when it is not a tree, i.e. when it has at least as many joins as cells. BFS over each region
counts both; a 2x2 block of one letter is the smallest loop."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    grid = b"".join(data[2:2 + n])
    size = n * m
    seen = bytearray(size)
    loops = 0
    for start in range(size):
        if seen[start]:
            continue
        letter = grid[start]
        seen[start] = 1
        cells, joins = 0, 0
        queue = deque([start])
        while queue:
            x = queue.popleft()
            cells += 1
            r, c = divmod(x, m)
            if c + 1 < m and grid[x + 1] == letter:  # joins counted once: to the right and downwards
                joins += 1
            if r + 1 < n and grid[x + m] == letter:
                joins += 1
            for y, ok in ((x - 1, c > 0), (x + 1, c + 1 < m), (x - m, r > 0), (x + m, r + 1 < n)):
                if ok and not seen[y] and grid[y] == letter:
                    seen[y] = 1
                    queue.append(y)
        if joins >= cells:
            loops += 1
    print(loops)


main()
