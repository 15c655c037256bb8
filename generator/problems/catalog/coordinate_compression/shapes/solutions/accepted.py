"""Compress every sequence (each value -> its rank among the sequence's distinct values); two sequences have the
same shape iff the rank lists are equal, so count equal rank lists and add c * (c - 1) / 2 per group."""
import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    m, n = int(data[0]), int(data[1])
    shapes: Counter = Counter()
    for i in range(m):
        row = list(map(int, data[2 + i * n:2 + (i + 1) * n]))
        rank = {v: r for r, v in enumerate(sorted(set(row)))}
        shapes[tuple(rank[v] for v in row)] += 1
    print(sum(c * (c - 1) // 2 for c in shapes.values()))


main()
