"""Wrong: prints only the vertex at position D // 2 of the diameter, missing the second center when
D is odd. Otherwise the reference: two BFS sweeps find a diameter a..b of D edges; walking parents back from b gives its vertices. Every
vertex's farthest vertex is an end of this diameter, so the vertices in its middle are the centers: one when D
is even, two neighbours when D is odd; the radius is ceil(D / 2)."""
import sys


def bfs(adj, n, start):
    dist = [-1] * (n + 1)
    parent = [0] * (n + 1)
    dist[start] = 0
    queue = [start]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                parent[y] = x
                queue.append(y)
    return queue[-1], dist, parent  # the last vertex reached is a farthest one


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    a, _, _ = bfs(adj, n, 1)
    b, dist, parent = bfs(adj, n, a)
    d = dist[b]
    path = [b]
    while path[-1] != a:
        path.append(parent[path[-1]])
    centers = [path[d // 2]]
    print((d + 1) // 2)
    print(" ".join(map(str, centers)))


main()
