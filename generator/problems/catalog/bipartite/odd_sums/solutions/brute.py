"""Brute force: try every way to write 1, 2 or 3 on each vertex and count those where every edge has an odd
sum. Tiny N only."""
import sys
from itertools import product


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]) - 1, int(data[3 + 2 * i]) - 1) for i in range(m)]
    count = sum(1 for a in product((1, 2, 3), repeat=n) if all((a[u] + a[v]) % 2 == 1 for u, v in edges))
    print(count % 998244353)


main()
