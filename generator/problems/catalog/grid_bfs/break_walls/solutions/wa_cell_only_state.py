"""Wrong for K > 0: BFS that remembers only the cell, not how many walls were broken on the way."""
import sys
from collections import deque


def main():
    data = sys.stdin.read().split("\n")
    n, m, k = map(int, data[0].split())
    flat = "".join(data[1:1 + n])
    cells = n * m
    dist = [-1] * cells
    used_at = [0] * cells
    start = flat.index("S")
    dist[start] = 0
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        used = used_at[cell]
        if flat[cell] == "E":
            print(dist[cell])
            return
        r, c = divmod(cell, m)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nxt = nr * m + nc
                nu = used + (flat[nxt] == "#")
                if nu <= k and dist[nxt] < 0:
                    dist[nxt] = dist[cell] + 1
                    used_at[nxt] = nu
                    queue.append(nxt)
    print(-1)


main()
