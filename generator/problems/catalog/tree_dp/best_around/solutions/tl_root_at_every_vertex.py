"""Too slow: for every vertex v, roots the tree at v again and runs the children-first DP: O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [0] + [int(t) for t in data[1:n + 1]]
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[n + 1 + 2 * i]), int(data[n + 2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    answer = []
    for root in range(1, n + 1):
        parent = [0] * (n + 1)
        parent[root] = -1
        order = [root]
        for x in order:
            for y in adj[x]:
                if parent[y] == 0:
                    parent[y] = x
                    order.append(y)
        best = a[:]
        for x in reversed(order):
            p = parent[x]
            if p > 0 and best[x] > 0:
                best[p] += best[x]
        answer.append(best[root])
    sys.stdout.write(" ".join(map(str, answer)) + "\n")


main()
