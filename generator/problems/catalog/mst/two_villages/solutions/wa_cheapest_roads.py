"""WRONG: keeps the N-2 cheapest roads, not checking that they form two trees (a cycle wastes a road)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    print(sum(w for w, _, _ in edges[:n - 2]))


main()
