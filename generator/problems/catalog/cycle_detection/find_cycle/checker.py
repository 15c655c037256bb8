"""Checker (Kattis output validator) for cycle_detection.find_cycle:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

Whether a cycle exists is decided here (Kahn's algorithm), not taken from the jury: -1 is right exactly when the
graph is acyclic; otherwise any K >= 2 distinct vertices v1..vK with edges v1->v2, ..., vK->v1 are right. A jury
answer that disagrees is a jury defect (exit 1, a judge error)."""
import re
import sys

INTEGER = re.compile(r"-?[0-9]{1,12}")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1]).read().split()
    n, m = int(data[0]), int(data[1])
    edges = {(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)}
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    ready = [v for v in range(1, n + 1) if indeg[v] == 0]
    removed = 0
    while ready:
        u = ready.pop()
        removed += 1
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    acyclic = removed == n
    jury = open(sys.argv[2]).read().split()
    if (jury == ["-1"]) != acyclic:
        print("jury answer contradicts the graph", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens or not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must be integers")
    values = [int(t) for t in tokens]
    if acyclic:
        if values != [-1]:
            reject("the graph has no cycle, expected exactly -1")
        sys.exit(42)
    if values[0] == -1:
        reject("printed -1 but the graph has a cycle")
    k = values[0]
    if not 2 <= k <= n:
        reject(f"cycle length {k} out of range")
    if len(values) != k + 1:
        reject(f"expected {k} vertices after K, got {len(values) - 1}")
    cycle = values[1:]
    if any(not 1 <= v <= n for v in cycle):
        reject("a vertex is out of range")
    if len(set(cycle)) != k:
        reject("a vertex repeats")
    for i in range(k):
        if (cycle[i], cycle[(i + 1) % k]) not in edges:
            reject(f"no edge from {cycle[i]} to {cycle[(i + 1) % k]}")
    sys.exit(42)


main()
