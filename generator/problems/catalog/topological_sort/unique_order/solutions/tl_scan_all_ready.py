"""Too slow: at every step scans all vertices to count the ready ones (needed to see a choice), O(N^2)."""
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
    done = [False] * (n + 1)
    order = []
    choice = False
    while True:
        ready = [v for v in range(1, n + 1) if not done[v] and indeg[v] == 0]
        if not ready:
            break
        if len(ready) > 1:
            choice = True
        u = ready[0]
        done[u] = True
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
    if len(order) < n:
        print("IMPOSSIBLE")
    elif choice:
        print("AMBIGUOUS")
    else:
        print(" ".join(map(str, order)))


main()
