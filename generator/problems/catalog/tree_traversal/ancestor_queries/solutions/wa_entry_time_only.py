"""Wrong: only compares entry times (u entered before v), forgetting that v must also be entered before u's
subtree is finished."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    base = 2 + 2 * (n - 1)
    tin, tout = [0] * (n + 1), [0] * (n + 1)
    seen = [False] * (n + 1)
    seen[1] = True
    clock = 0
    stack = [(1, 0)]  # (vertex, index of the next neighbour): an explicit DFS, paths are 2*10^5 deep
    tin[1] = clock
    while stack:
        x, i = stack[-1]
        if i < len(adj[x]):
            stack[-1] = (x, i + 1)
            y = adj[x][i]
            if not seen[y]:
                seen[y] = True
                clock += 1
                tin[y] = clock
                stack.append((y, 0))
        else:
            tout[x] = clock
            stack.pop()
    out = []
    for k in range(q):
        u, v = int(data[base + 2 * k]), int(data[base + 2 * k + 1])
        out.append("YES" if tin[u] <= tin[v] else "NO")
    print("\n".join(out))


main()
