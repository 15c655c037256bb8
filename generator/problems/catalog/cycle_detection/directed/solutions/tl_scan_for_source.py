"""Too slow: remove vertices with no incoming edge one at a time, finding each by scanning every vertex (O(N^2))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    removed = [False] * (n + 1)
    count = 0
    while True:
        u = next((v for v in range(1, n + 1) if not removed[v] and indeg[v] == 0), 0)
        if not u:
            break
        removed[u] = True
        count += 1
        for v in adj[u]:
            indeg[v] -= 1
    print("YES" if count < n else "NO")


main()
