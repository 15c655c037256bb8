"""WRONG: never answers NO; when the fixed pairs have a cycle it still prints directions (items stuck on
the cycle keep position 0)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    kinds = data[2:2 + 3 * m:3]
    us = [int(x) for x in data[3:3 + 3 * m:3]]
    vs = [int(x) for x in data[4:4 + 3 * m:3]]
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for t, u, v in zip(kinds, us, vs):
        if t == b"1":
            adj[u].append(v)
            indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    position = [0] * (n + 1)
    done = 0
    while queue:
        u = queue.popleft()
        done += 1
        position[u] = done
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    out = ["YES"]
    for u, v in zip(us, vs):
        out.append(f"{u} {v}" if position[u] < position[v] else f"{v} {u}")
    sys.stdout.write("\n".join(out) + "\n")


main()
