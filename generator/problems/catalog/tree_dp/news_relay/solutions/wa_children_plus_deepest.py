"""Wrong: adds the number of children to the slowest child's time (waits for every call before the slowest
child starts)."""
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
        best = len(kids) + kids[0] if kids else 0
        time[x] = best
    print(time[1])


main()
