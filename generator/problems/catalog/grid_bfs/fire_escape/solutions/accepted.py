"""Reference: a multi-source BFS gives the minute each cell catches fire; a second BFS moves the person only into
cells reached strictly before the fire; stepping off the map from an edge cell at minute t escapes at t + 1."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    inf = size + 5
    fire = [inf] * size
    queue = [x for x in range(size) if g[x] == "F"]
    for x in queue:
        fire[x] = 0
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        r, c = divmod(x, m)
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] != "#" and fire[y] == inf:
                fire[y] = fire[x] + 1
                queue.append(y)
    start = g.index("J")
    dist = [-1] * size
    dist[start] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        r, c = divmod(x, m)
        if r == 0 or r == n - 1 or c == 0 or c == m - 1:
            print(dist[x] + 1)
            return
        d = dist[x] + 1
        for y in (x - m, x + m, x - 1, x + 1):
            if g[y] != "#" and dist[y] < 0 and d < fire[y]:
                dist[y] = d
                queue.append(y)
    print(-1)


main()
