"""Wrong: takes every vertex with at least two neighbours (every non-leaf), plus one end of a lone edge."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    degree = [0] * (n + 1)
    for i in range(n - 1):
        degree[int(data[1 + 2 * i])] += 1
        degree[int(data[2 + 2 * i])] += 1
    inner = sum(1 for v in range(1, n + 1) if degree[v] >= 2)
    print(1 if n == 2 else inner)


main()
