"""Reference: the farthest vertex from any vertex v is one of the two ends a, b of a diameter, so
ecc(v) = max(dist(a, v), dist(b, v)). Three sweeps with an explicit stack: 1 -> a, a -> b, then from b."""
import sys


def sweep(adj, n, start):
    dist = [-1] * (n + 1)
    dist[start] = 0
    stack = [start]
    while stack:
        x = stack.pop()
        for y, w in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + w
                stack.append(y)
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    from_one = sweep(adj, n, 1)
    a = max(range(1, n + 1), key=from_one.__getitem__)
    from_a = sweep(adj, n, a)
    b = max(range(1, n + 1), key=from_a.__getitem__)
    from_b = sweep(adj, n, b)
    print(" ".join(str(max(from_a[v], from_b[v])) for v in range(1, n + 1)))


main()
