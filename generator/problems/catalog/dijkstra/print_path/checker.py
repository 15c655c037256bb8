"""Checker (Kattis output validator) for dijkstra.print_path:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

The optimum is computed here (Dijkstra from 1), never read from the jury's path: the contestant's route must start
at 1, end at N, use a road between every two consecutive vertices, and its time (the cheapest road between each
consecutive pair) and the printed time must both equal the optimum. -1 is right exactly when N is unreachable. A
jury answer whose time disagrees with the optimum is a jury defect (exit 1, a judge error)."""
import re
import sys
from heapq import heappop, heappush

INTEGER = re.compile(r"-?[0-9]{1,19}")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def main():
    data = open(sys.argv[1], "rb").read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    cheapest = {}
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
        key = (u, v) if u < v else (v, u)
        if w < cheapest.get(key, w + 1):
            cheapest[key] = w
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    best = dist[n] if dist[n] < INF else -1

    jury = open(sys.argv[2]).read().split()
    if not jury or jury[0] != str(best):
        print(f"jury time {jury[:1]} differs from the optimum {best}", file=sys.stderr)
        sys.exit(1)

    tokens = sys.stdin.read().split()
    if not tokens:
        reject("empty output")
    if not all(INTEGER.fullmatch(t) for t in tokens):
        reject("output must consist of integers")
    values = [int(t) for t in tokens]
    if best == -1:
        if values != [-1]:
            reject(f"vertex {n} cannot be reached, expected exactly -1")
        sys.exit(42)
    if values[0] != best:
        reject(f"printed time {values[0]}, the shortest time is {best}")
    if len(values) < 2:
        reject("the number of vertices on the route is missing")
    k = values[1]
    if not 2 <= k <= n:
        reject(f"route length {k} out of range")
    if len(values) != 2 + k:
        reject(f"expected {k} vertices after the count, got {len(values) - 2}")
    path = values[2:]
    if path[0] != 1 or path[-1] != n:
        reject(f"the route must start at 1 and end at {n}")
    total = 0
    for a, b in zip(path, path[1:]):
        w = cheapest.get((a, b) if a < b else (b, a))
        if w is None:
            reject(f"no road between {a} and {b}")
        total += w
    if total != best:
        reject(f"the printed route takes {total}, the shortest time is {best}")
    sys.exit(42)


main()
