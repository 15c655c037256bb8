"""Reference: time[v] = minutes v needs to inform its whole subtree once it knows. v calls one child per minute;
calling the children in decreasing order of time[child] is optimal (exchange argument), so with the sorted
times t_1 >= t_2 >= ... the subtree is done at max over i of (i + t_i). Children first (reverse BFS order)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for x in order:  # BFS: the list grows while it is read
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    time = [0] * (n + 1)
    for x in reversed(order):
        kids = sorted((time[y] for y in adj[x] if y != parent[x]), reverse=True)
        best = 0
        for i, t in enumerate(kids, 1):
            if i + t > best:
                best = i + t
        time[x] = best
    print(time[1])


main()
