"""Checker (Kattis output validator) for bipartite.odd_cycle:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

Whether the graph is bipartite is decided here (BFS 2-colouring), not taken from the jury: -1 is right exactly
when it is; otherwise any odd K >= 3 distinct vertices v1..vK with edges v1-v2, ..., vK-v1 are right. A jury
answer that disagrees is a jury defect (exit 1, a judge error)."""
import re
import sys
from collections import deque

INTEGER = re.compile(r"-?[0-9]{1,12}")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1]).read().split()
    n, m = int(data[0]), int(data[1])
    edges = set()
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        edges.add((min(u, v), max(u, v)))
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    bipartite = True
    for s in range(1, n + 1):
        if color[s] == -1:
            color[s] = 0
            queue = deque([s])
            while queue:
                x = queue.popleft()
                for y in adj[x]:
                    if color[y] == -1:
                        color[y] = color[x] ^ 1
                        queue.append(y)
                    elif color[y] == color[x]:
                        bipartite = False
    jury = open(sys.argv[2]).read().split()
    if (jury == ["-1"]) != bipartite:
        print("jury answer contradicts the graph", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens or not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must be integers")
    values = [int(t) for t in tokens]
    if bipartite:
        if values != [-1]:
            reject("the graph is bipartite, expected exactly -1")
        sys.exit(42)
    if values[0] == -1:
        reject("printed -1 but the graph has an odd cycle")
    k = values[0]
    if not 3 <= k <= n:
        reject(f"cycle length {k} out of range")
    if k % 2 == 0:
        reject(f"cycle length {k} is even")
    if len(values) != k + 1:
        reject(f"expected {k} vertices after K, got {len(values) - 1}")
    cycle = values[1:]
    if any(not 1 <= v <= n for v in cycle):
        reject("a vertex is out of range")
    if len(set(cycle)) != k:
        reject("a vertex repeats")
    for i in range(k):
        a, b = cycle[i], cycle[(i + 1) % k]
        if (min(a, b), max(a, b)) not in edges:
            reject(f"no edge between {a} and {b}")
    sys.exit(42)


main()
