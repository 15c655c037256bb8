"""WRONG: adds the N-1 cheapest edges without checking that they form a tree (cycles are allowed to slip in)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    total = 0
    for w, u, v in edges[:n - 1]:
        total += w
    print(total)


main()
