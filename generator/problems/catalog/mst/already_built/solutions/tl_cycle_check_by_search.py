"""Too slow: the built roads and the chosen roads are kept as adjacency lists, and every buildable road (by cost)
is tested with a search of the forest for a path between its ends — O(M·N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]

    def joined(s, t):
        seen = {s}
        stack = [s]
        while stack:
            x = stack.pop()
            if x == t:
                return True
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    for i in range(k):
        u, v = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    base = 3 + 2 * k
    roads = sorted((int(data[base + 3 * i + 2]), int(data[base + 3 * i]), int(data[base + 3 * i + 1])) for i in range(m))
    total = 0
    for w, u, v in roads:
        if not joined(u, v):
            adj[u].append(v)
            adj[v].append(u)
            total += w
    print(total if joined_all(adj, n) else -1)


def joined_all(adj, n):
    seen = [False] * (n + 1)
    seen[1] = True
    stack = [1]
    count = 1
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if not seen[y]:
                seen[y] = True
                count += 1
                stack.append(y)
    return count == n


main()
