"""Reference: label every component once (iterative DFS), remember its size, answer each query by lookup."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[3:3 + 2 * m:2]), map(int, data[4:4 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    queries = [int(x) for x in data[3 + 2 * m:3 + 2 * m + q]]
    comp = [0] * (n + 1)
    size = [0]
    for s in range(1, n + 1):
        if not comp[s]:
            cid = len(size)
            comp[s] = cid
            stack = [s]
            members = 1
            while stack:
                x = stack.pop()
                for y in adj[x]:
                    if not comp[y]:
                        comp[y] = cid
                        members += 1
                        stack.append(y)
            size.append(members)
    sys.stdout.write("\n".join(str(size[comp[x]]) for x in queries) + "\n")


main()
