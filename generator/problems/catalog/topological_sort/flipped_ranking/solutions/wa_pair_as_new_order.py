"""WRONG: reads a listed pair a b as "a is now above b" instead of "the two swapped places", which is
right only when a was below b last time."""
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
        above[b].discard(a)  # read as "a is above b this year"
        above[a].add(b)
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
