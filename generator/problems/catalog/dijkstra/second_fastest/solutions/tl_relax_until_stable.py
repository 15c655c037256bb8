"""Too slow: Bellman-Ford style, relax both labels over every edge in both directions until nothing changes;
a long chain needs about N passes over all M edges."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    arcs = []
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        arcs.append((u, v, w))
        arcs.append((v, u, w))
    INF = 1 << 62
    first = [INF] * (n + 1)
    second = [INF] * (n + 1)
    first[1] = 0
    changed = True
    while changed:
        changed = False
        for u, v, w in arcs:
            for d in (first[u], second[u]):
                nd = d + w
                if nd < first[v]:
                    first[v], nd = nd, first[v]
                    changed = True
                if first[v] < nd < second[v]:
                    second[v] = nd
                    changed = True
    print(-1 if first[n] == INF else second[n])


main()
