"""Reference: BFS over (cell, walls broken so far) states; the first E taken off the queue is the answer."""
import sys
from collections import deque


def main():
    data = sys.stdin.read().split("\n")
    n, m, k = map(int, data[0].split())
    flat = "".join(data[1:1 + n])
    cells = n * m
    dist = [-1] * (cells * (k + 1))
    start = flat.index("S")
    dist[start] = 0
    queue = deque([start])
    while queue:
        state = queue.popleft()
        used, cell = divmod(state, cells)
        if flat[cell] == "E":
            print(dist[state])
            return
        r, c = divmod(cell, m)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nxt = nr * m + nc
                nu = used + (flat[nxt] == "#")
                if nu <= k and dist[nu * cells + nxt] < 0:
                    dist[nu * cells + nxt] = dist[state] + 1
                    queue.append(nu * cells + nxt)
    print(-1)


main()
