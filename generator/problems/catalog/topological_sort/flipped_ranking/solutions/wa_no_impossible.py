"""WRONG: never answers IMPOSSIBLE; when Kahn's algorithm stalls, the remaining teams are appended in last
time's order."""
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
    placed = set(order)
    order += [t for t in old if t not in placed]  # no cycle check: the stuck teams keep last time's order
    print(" ".join(map(str, order)))


main()
