"""Wrong: the N-1 most valuable edges, without checking that they form a tree (they may close a cycle)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    weights = sorted((int(data[4 + 3 * i]) for i in range(m)), reverse=True)
    print(sum(weights[: n - 1]))


main()
