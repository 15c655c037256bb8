"""Checker (Kattis output validator) for topological_sort.any_order:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

Whether an order exists is decided here (Kahn's algorithm), not taken from the jury: -1 is right exactly when the
graph has a cycle, and otherwise any permutation of 1..N that puts u before v for every edge u v is right. A jury
answer that disagrees with that is a jury defect (exit 1, a judge error)."""
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
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = 0
    while queue:
        u = queue.popleft()
        done += 1
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    acyclic = done == n
    jury = open(sys.argv[2]).read().split()
    if (jury == ["-1"]) == acyclic:
        print("jury answer contradicts the graph", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must consist of integers")
    values = [int(t) for t in tokens]
    if not acyclic:
        if values != [-1]:
            reject("the graph has a cycle, expected exactly -1")
        sys.exit(42)
    if values == [-1]:
        reject("printed -1 but a valid order exists")
    if len(values) != n:
        reject(f"expected {n} integers, got {len(values)}")
    position = [0] * (n + 1)
    for index, v in enumerate(values, 1):
        if not 1 <= v <= n:
            reject(f"{v} is not a vertex")
        if position[v]:
            reject(f"{v} appears twice")
        position[v] = index
    for u, v in edges:
        if position[u] > position[v]:
            reject(f"{u} must come before {v}")
    sys.exit(42)


main()
