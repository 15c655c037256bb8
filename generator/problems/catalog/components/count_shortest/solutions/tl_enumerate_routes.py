"""Too slow: BFS distances first, then walks every shortest route one by one (each step to a neighbour one level
further), counting arrivals at N; the number of routes can be astronomically large."""
import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = [1]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    count = 0
    if dist[n] >= 0:
        stack = [1]
        while stack:
            u = stack.pop()
            if u == n:
                count += 1
                continue
            for v in adj[u]:
                if dist[v] == dist[u] + 1 and dist[v] <= dist[n]:
                    stack.append(v)
    print(count % MOD)


main()
