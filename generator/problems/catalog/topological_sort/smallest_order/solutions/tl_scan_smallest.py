"""Too slow: Kahn's algorithm that finds the smallest ready item by scanning all items every step (O(N^2))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    used = [False] * (n + 1)
    order = []
    while True:
        x = 0
        for v in range(1, n + 1):
            if not used[v] and indeg[v] == 0:
                x = v
                break
        if not x:
            break
        used[x] = True
        order.append(x)
        for y in adj[x]:
            indeg[y] -= 1
    print(" ".join(map(str, order)) if len(order) == n else -1)


main()
