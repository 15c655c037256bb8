"""Too slow: Kruskal, but whether an edge closes a cycle is decided by searching the forest built so far
(O(N) per edge, O(N·M) in all)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    adj = [[] for _ in range(n + 1)]

    def linked(u, v):
        seen, stack = {u}, [u]
        while stack:
            x = stack.pop()
            if x == v:
                return True
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    total = heaviest = 0
    for w, u, v in edges:
        if not linked(u, v):
            adj[u].append(v)
            adj[v].append(u)
            total += w
            heaviest = max(heaviest, w)
    print(total - heaviest)


main()
