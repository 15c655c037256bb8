"""Brute force: try every assignment of the N vertices to sides 1 and 2 and count those that respect every edge
and every announcement. Tiny N only."""
import sys
from itertools import product


def main():
    data = sys.stdin.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    edges = [(int(data[3 + 2 * i]) - 1, int(data[4 + 2 * i]) - 1) for i in range(m)]
    pos = 3 + 2 * m
    given = [(int(data[pos + 2 * i]) - 1, int(data[pos + 2 * i + 1])) for i in range(k)]
    count = 0
    for a in product((1, 2), repeat=n):
        if all(a[u] != a[v] for u, v in edges) and all(a[v] == s for v, s in given):
            count += 1
    print(count % 1_000_000_007)


main()
