"""Too slow: adds the arcs one at a time and runs a search before each one (a fixed arc closing a cycle
means NO; a free pair goes u -> v unless v already reaches u): O(M·(N+M))."""
import sys


def reaches(adj, start, goal, n):
    """Iterative search: can `goal` be reached from `start` along the arcs chosen so far?"""
    seen = [False] * (n + 1)
    seen[start] = True
    stack = [start]
    while stack:
        u = stack.pop()
        if u == goal:
            return True
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                stack.append(v)
    return False


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    pairs = [(data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    adj = [[] for _ in range(n + 1)]
    for t, u, v in pairs:
        if t == b"1":
            if reaches(adj, v, u, n):  # the fixed pairs close a cycle
                print("NO")
                return
            adj[u].append(v)
    # Direct the free pairs one at a time: u -> v unless v already reaches u (a search per pair).
    out = ["YES"]
    for t, u, v in pairs:
        if t == b"0" and reaches(adj, v, u, n):
            u, v = v, u
        if t == b"0":
            adj[u].append(v)
        out.append(f"{u} {v}")
    sys.stdout.write("\n".join(out) + "\n")


main()
