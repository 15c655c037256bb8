"""Too slow: tries every set of vertices with no chosen parent-child pair (an explicit-stack search over the BFS
order, exponential in N)."""
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
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for x in order:  # BFS: the list grows while it is read
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    chosen = [False] * (n + 1)
    best = 0
    stack = [(0, 0, 0)]  # (kind, index or vertex, total): kind 0 = decide order[index], 1 = undo choosing a vertex
    while stack:
        kind, i, total = stack.pop()
        if kind == 1:
            chosen[i] = False
            continue
        if i == n:
            best = max(best, total)
            continue
        v = order[i]
        stack.append((0, i + 1, total))  # leave v out (explored after the branch that takes it)
        if parent[v] < 0 or not chosen[parent[v]]:
            stack.append((1, v, 0))
            stack.append((2, i, total + a[v]))
        while stack and stack[-1][0] == 2:  # take v now, then continue deciding the next vertex
            _, j, t = stack.pop()
            chosen[order[j]] = True
            stack.append((0, j + 1, t))
    print(best)


main()
