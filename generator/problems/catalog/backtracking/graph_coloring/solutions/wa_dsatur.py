"""Wrong: DSatur, the best-known colouring heuristic, taken for exact. It colours next the uncoloured vertex with the
most different colours among its neighbours (ties by degree), always with the smallest free colour. It is exact on
bipartite graphs and small cliques, but some graphs need fewer colours than it uses."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [set() for _ in range(n)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1
        adj[u].add(v)
        adj[v].add(u)
    colour = [-1] * n
    for _ in range(n):
        pick = max((v for v in range(n) if colour[v] < 0),
                   key=lambda v: (len({colour[u] for u in adj[v] if colour[u] >= 0}), len(adj[v])))
        used = {colour[u] for u in adj[pick]}
        c = 0
        while c in used:
            c += 1
        colour[pick] = c
    print(max(colour) + 1)


main()
