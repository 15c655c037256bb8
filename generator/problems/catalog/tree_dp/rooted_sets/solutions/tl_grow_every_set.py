"""Too slow: lists the sets one by one - in BFS order each vertex whose parent is in the set is either added or
left out (an explicit-stack search), exponential in N."""
import sys

MOD = 1_000_000_007


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
    inside = [False] * (n + 1)
    inside[1] = True
    count = 0
    choice = [0] * (n + 1)  # per index: 0 = not tried, 1 = tried "out", 2 = tried "in"
    i = 1
    while True:
        if i == n:
            count += 1
            i -= 1
            while i >= 1 and (choice[i] == 2 or not inside[parent[order[i]]]):
                inside[order[i]] = False
                choice[i] = 0
                i -= 1
            if i < 1:
                break
            inside[order[i]] = True  # second branch: take the vertex
            choice[i] = 2
            i += 1
            continue
        choice[i] = 1  # first branch: leave the vertex out
        inside[order[i]] = False
        i += 1
    print(count % MOD)


main()
