"""Too slow: before adding each link, search the graph built so far for a path between its ends."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        seen = [False] * (n + 1)
        seen[a] = True
        stack = [a]
        while stack:
            v = stack.pop()
            for w in adj[v]:
                if not seen[w]:
                    seen[w] = True
                    stack.append(w)
        if seen[b]:
            print(i + 1)
            return
        adj[a].append(b)
        adj[b].append(a)
    print(0)


main()
