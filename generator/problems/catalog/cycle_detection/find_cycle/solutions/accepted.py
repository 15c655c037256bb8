"""Reference: iterative DFS with three states (new, on the current path, finished). An edge to a vertex still on
the path closes a cycle: the path from that vertex to the current one."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    state = [0] * (n + 1)
    where = [0] * (n + 1)  # position on the current path
    nxt = [0] * (n + 1)  # next neighbour index to try
    for s in range(1, n + 1):
        if state[s]:
            continue
        path = [s]
        state[s] = 1
        while path:
            x = path[-1]
            if nxt[x] < len(adj[x]):
                y = adj[x][nxt[x]]
                nxt[x] += 1
                if state[y] == 1:
                    cycle = path[where[y]:]
                    print(len(cycle))
                    print(" ".join(map(str, cycle)))
                    return
                if state[y] == 0:
                    state[y] = 1
                    where[y] = len(path)
                    path.append(y)
            else:
                state[x] = 2
                path.pop()
    print(-1)


main()
