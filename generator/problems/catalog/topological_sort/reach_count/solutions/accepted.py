"""Reference: a topological order by Kahn's algorithm, then in reverse order the set of vertices each vertex
reaches as a bitset (a Python int): its own bit OR the sets of its successors. Sets, not counts: two routes to
the same vertex must count it once. Answer = popcount - 1 (the vertex itself is not counted)."""
import sys
from collections import deque


try:
    popcount = int.bit_count
except AttributeError:  # Python 3.9 (the PyPy of many judges) has no int.bit_count
    def popcount(x):
        return bin(x).count("1")


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    reach = [0] * (n + 1)
    for u in reversed(order):
        bits = 1 << u
        for v in adj[u]:
            bits |= reach[v]
        reach[u] = bits
    print(" ".join(str(popcount(reach[v]) - 1) for v in range(1, n + 1)))


main()
