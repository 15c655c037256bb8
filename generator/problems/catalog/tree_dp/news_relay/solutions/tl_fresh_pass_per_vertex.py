"""Too slow: for every vertex, collects its subtree by a fresh search and evaluates the whole subtree
bottom-up again (nothing is reused between vertices), O(N * depth) - quadratic on long chains."""
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
    answer = 0
    for v in order:  # the time of every vertex, each from scratch; the root's is the answer
        sub = [v]
        for x in sub:
            for y in adj[x]:
                if y != parent[x]:
                    sub.append(y)
        time = {}
        for x in reversed(sub):
            kids = sorted((time[y] for y in adj[x] if y != parent[x]), reverse=True)
            time[x] = max((i + t for i, t in enumerate(kids, 1)), default=0)
        if v == 1:
            answer = time[1]
    print(answer)


main()
