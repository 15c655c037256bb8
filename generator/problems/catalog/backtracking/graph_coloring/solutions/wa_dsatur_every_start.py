"""Wrong: DSatur run once from every vertex (the first vertex forced, then the most distinct colours among coloured
neighbours, ties by degree, then the lowest label), keeping the fewest colours any run used. Sixteen runs of a
heuristic are still a heuristic: some graphs need fewer colours than every run uses."""
import sys


def dsatur(n, adj, start):
    colour = [-1] * n
    for step in range(n):
        if step == 0:
            pick = start
        else:
            pick = max((v for v in range(n) if colour[v] < 0),
                       key=lambda v: (len({colour[u] for u in adj[v] if colour[u] >= 0}), len(adj[v]), -v))
        used = {colour[u] for u in adj[pick]}
        c = 0
        while c in used:
            c += 1
        colour[pick] = c
    return max(colour) + 1


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [set() for _ in range(n)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1
        adj[u].add(v)
        adj[v].add(u)
    print(min(dsatur(n, adj, start) for start in range(n)))


main()
