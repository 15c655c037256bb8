"""Reference: breadth-first search from S; the first E taken off the queue is the nearest."""
import sys
from collections import deque


def main():
    data = sys.stdin.read().split("\n")
    n, m = map(int, data[0].split()[:2])
    flat = "".join(data[1:1 + n])
    start = flat.index("S")
    dist = [-1] * (n * m)
    dist[start] = 0
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if flat[cell] == "E":
            print(dist[cell])
            return
        r, c = divmod(cell, m)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nxt = nr * m + nc
                if flat[nxt] != "#" and dist[nxt] < 0:
                    dist[nxt] = dist[cell] + 1
                    queue.append(nxt)
    print(-1)


main()
