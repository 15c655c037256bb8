"""Reference: the stopping cell of every slide is precomputed by four sweeps (a cell stops where its neighbour in
that direction stops, unless the neighbour is a wall or outside); then BFS over cells with four moves each."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    left, right, up, down = [0] * size, [0] * size, [0] * size, [0] * size
    for r in range(n):
        base = r * m
        for x in range(base, base + m):
            left[x] = x if x == base or g[x - 1] == "#" else left[x - 1]
        for x in range(base + m - 1, base - 1, -1):
            right[x] = x if x == base + m - 1 or g[x + 1] == "#" else right[x + 1]
    for x in range(size):
        up[x] = x if x < m or g[x - m] == "#" else up[x - m]
    for x in range(size - 1, -1, -1):
        down[x] = x if x + m >= size or g[x + m] == "#" else down[x + m]
    start, goal = g.index("S"), g.index("G")
    dist = [-1] * size
    dist[start] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        d = dist[x] + 1
        for y in (left[x], right[x], up[x], down[x]):
            if dist[y] < 0:
                dist[y] = d
                queue.append(y)
    print(dist[goal])


main()
