"""WRONG: says YES iff M >= N — true for a connected graph, but a cycle can hide in one component of a forest
with fewer edges than vertices."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    print("YES" if m >= n else "NO")


main()
