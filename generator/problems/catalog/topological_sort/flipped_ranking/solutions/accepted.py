"""Reference: every pair of teams is ordered, as last time unless the pair is listed (then reversed). That is a
complete set of N(N-1)/2 arcs; Kahn's algorithm on it. With every pair ordered, at most one team is ever ready,
so the order is unique when it exists; a stall means a cycle: IMPOSSIBLE."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    old = [int(x) for x in data[1:n + 1]]
    m = int(data[n + 1])
    pos = [0] * (n + 1)
    for i, t in enumerate(old):
        pos[t] = i
    # above[a] = set of teams that a is ranked above this year.
    above = [set() for _ in range(n + 1)]
    for i, t in enumerate(old):
        above[t].update(old[i + 1:])
    for k in range(m):
        a, b = int(data[n + 2 + 2 * k]), int(data[n + 3 + 2 * k])
        if pos[a] > pos[b]:
            a, b = b, a
        above[a].discard(b)  # a was above b; now b is above a
        above[b].add(a)
    indeg = [0] * (n + 1)
    for t in range(1, n + 1):
        for u in above[t]:
            indeg[u] += 1
    ready = [t for t in range(1, n + 1) if indeg[t] == 0]
    order = []
    while ready:
        t = ready.pop()
        order.append(t)
        for u in above[t]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")


main()
