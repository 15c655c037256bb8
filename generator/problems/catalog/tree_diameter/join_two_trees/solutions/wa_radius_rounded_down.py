"""Wrong: takes the radius as D // 2 (rounded down), one short for odd diameters. Otherwise the
reference: the new tree's diameter is the larger of the two old diameters and the longest route through the
new edge, ecc1(x) + 1 + ecc2(y). The smallest eccentricity of a tree is its radius ceil(D / 2) (at its center),
so the answer is max(D1, D2, ceil(D1 / 2) + ceil(D2 / 2) + 1). Each diameter comes from two BFS sweeps."""
import sys


def diameter(data, pos):
    n = int(data[pos])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[pos + 1 + 2 * i]), int(data[pos + 2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)

    def sweep(start):
        dist = [-1] * (n + 1)
        dist[start] = 0
        queue = [start]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        return queue[-1], dist[queue[-1]]

    far, _ = sweep(1)
    _, d = sweep(far)
    return d, pos + 1 + 2 * (n - 1)


def main():
    data = sys.stdin.buffer.read().split()
    d1, pos = diameter(data, 0)
    d2, _ = diameter(data, pos)
    print(max(d1, d2, d1 // 2 + d2 // 2 + 1))


main()
