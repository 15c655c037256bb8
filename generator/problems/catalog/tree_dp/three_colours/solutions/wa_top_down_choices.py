"""Wrong: counts choices top-down - 3 (or 1 if given) for vertex 1, then 2 for every free vertex and 1 for every
given vertex (0 if it equals its given parent's colour); a free vertex whose given children already use two
colours really has only one choice left."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    given = [0] * (n + 1)
    for i in range(k):
        given[int(data[2 * n + 2 * i])] = int(data[2 * n + 1 + 2 * i])
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for x in order:  # BFS: the list grows while it is read
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    count = 1 if given[1] else 3
    for x in order[1:]:
        p = parent[x]
        if given[x]:
            count = 0 if given[p] == given[x] else count
        else:
            count = count * 2 % MOD
    print(count % MOD)


main()
