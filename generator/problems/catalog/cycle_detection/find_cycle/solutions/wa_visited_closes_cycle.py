"""WRONG: treats an edge to any visited vertex as closing a cycle, also to a finished vertex that is no longer on
the path (then it prints a cycle that is not there)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    state = [0] * (n + 1)
    where = [0] * (n + 1)
    nxt = [0] * (n + 1)
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
                if state[y] != 0:
                    cycle = path[where[y]:] if state[y] == 1 else [y, *path]
                    print(len(cycle))
                    print(" ".join(map(str, cycle)))
                    return
                state[y] = 1
                where[y] = len(path)
                path.append(y)
            else:
                state[x] = 2
                path.pop()
    print(-1)


main()
