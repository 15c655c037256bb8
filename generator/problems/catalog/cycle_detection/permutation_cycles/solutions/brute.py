"""Brute force: a vertex's cycle is the set of vertices its walk visits before coming back to it; count the
distinct such sets."""
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    p = [0] + [int(t) for t in data[1:1 + n]]
    found = set()
    for start in range(1, n + 1):
        cycle, v = [start], p[start]
        while v != start:
            cycle.append(v)
            v = p[v]
        found.add(frozenset(cycle))
    print(len(found))


main()
