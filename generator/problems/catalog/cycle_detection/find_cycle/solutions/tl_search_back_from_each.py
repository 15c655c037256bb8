"""Too slow: for every vertex, a search for a walk back to it (O(N·(N+M)) when there is no cycle)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    for s in range(1, n + 1):
        parent, stack = {s: 0}, [s]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if y == s:
                    cycle = [x]
                    while cycle[-1] != s:
                        cycle.append(parent[cycle[-1]])
                    cycle.reverse()
                    print(len(cycle))
                    print(" ".join(map(str, cycle)))
                    return
                if y not in parent:
                    parent[y] = x
                    stack.append(y)
    print(-1)


main()
