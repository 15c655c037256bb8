"""Brute force: try every assignment of the N vertices to two sides, keep the valid ones, and for each question
look at which relations (together / apart) occur among them. Tiny N only."""
import sys
from itertools import product


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1) for i in range(m)]
    valid = [a for a in product((0, 1), repeat=n) if all(a[u] != a[v] for u, v in edges)]
    pos = 2 + 2 * m
    q = int(data[pos])
    for i in range(q):
        u, v = int(data[pos + 1 + 2 * i]) - 1, int(data[pos + 2 + 2 * i]) - 1
        kinds = {a[u] == a[v] for a in valid}
        print("UNKNOWN" if len(kinds) == 2 else ("SAME" if True in kinds else "DIFFERENT"))


main()
