"""Too slow: for every join of two same-letter cells, searches the region without that join to see whether the
two cells are still connected (the join then lies on a loop): O(joins · cells)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    grid = b"".join(data[2:2 + n])
    size = n * m
    region = [-1] * size
    for start in range(size):
        if region[start] != -1:
            continue
        region[start] = start
        queue = deque([start])
        while queue:
            x = queue.popleft()
            r, c = divmod(x, m)
            for y, ok in ((x - 1, c > 0), (x + 1, c + 1 < m), (x - m, r > 0), (x + m, r + 1 < n)):
                if ok and region[y] == -1 and grid[y] == grid[start]:
                    region[y] = start
                    queue.append(y)
    with_loop = set()
    for a in range(size):
        r, c = divmod(a, m)
        for b, ok in ((a + 1, c + 1 < m), (a + m, r + 1 < n)):
            if not ok or grid[b] != grid[a] or region[a] in with_loop:
                continue
            seen = {a}
            queue = deque([a])
            while queue and b not in seen:
                x = queue.popleft()
                xr, xc = divmod(x, m)
                for y, good in ((x - 1, xc > 0), (x + 1, xc + 1 < m), (x - m, xr > 0), (x + m, xr + 1 < n)):
                    if good and y not in seen and grid[y] == grid[a] and {x, y} != {a, b}:
                        seen.add(y)
                        queue.append(y)
            if b in seen:
                with_loop.add(region[a])
    print(len(with_loop))


main()
