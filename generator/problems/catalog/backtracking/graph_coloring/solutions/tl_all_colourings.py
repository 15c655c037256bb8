"""Too slow: for k = 1, 2, ... try all k^N colourings and check every edge only when all vertices are coloured;
no partial colouring is ever cut off (3^16 = 43 million colourings before k = 4 is even tried)."""
import sys
from itertools import product


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    edges = [(data[2 + 2 * e] - 1, data[3 + 2 * e] - 1) for e in range(m)]
    k = 1
    while True:
        for colour in product(range(k), repeat=n):
            if all(colour[u] != colour[v] for u, v in edges):
                print(k)
                return
        k += 1


main()
