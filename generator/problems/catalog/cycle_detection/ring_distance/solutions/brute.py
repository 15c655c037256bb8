"""Brute force: an edge lies on the cycle iff its two ends stay connected when it is removed; the cycle's vertices
are the ends of such edges. Then each vertex's distance is the fewest edges to any cycle vertex, by a search
from that vertex alone. Small N only."""
import sys


def reachable(n, edges, start, skip):
    adj = [[] for _ in range(n + 1)]
    for i, (u, v) in enumerate(edges):
        if i != skip:
            adj[u].append(v)
            adj[v].append(u)
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for x in frontier:
            for y in adj[x]:
                if y not in dist:
                    dist[y] = dist[x] + 1
                    nxt.append(y)
        frontier = nxt
    return dist


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    edges = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    on_cycle = set()
    for i, (u, v) in enumerate(edges):
        if v in reachable(n, edges, u, i):
            on_cycle.update((u, v))
    answer = []
    for v in range(1, n + 1):
        dist = reachable(n, edges, v, -1)
        answer.append(min(d for w, d in dist.items() if w in on_cycle))
    print(" ".join(map(str, answer)))


main()
