"""Too slow: lists the proper colourings one by one - in BFS order each vertex takes each colour that differs
from its parent's and fits the given one (an explicit-stack search), exponential in N."""
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
    colour = [0] * (n + 1)
    count = 0
    i = 0
    while i >= 0:
        if i == n:
            count += 1
            i -= 1
            continue
        v = order[i]
        c = colour[v] + 1  # try the next colour for the vertex at position i
        while c <= 3 and ((given[v] and c != given[v]) or (parent[v] > 0 and c == colour[parent[v]])):
            c += 1
        if c > 3:
            colour[v] = 0
            i -= 1
        else:
            colour[v] = c
            i += 1
    print(count % MOD)


main()
