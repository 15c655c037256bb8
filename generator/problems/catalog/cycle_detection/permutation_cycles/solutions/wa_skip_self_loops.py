"""Wrong: does not count a vertex that points to itself as a cycle."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = [0] + [int(t) for t in data[1:1 + n]]
    seen = [False] * (n + 1)
    cycles = 0
    for start in range(1, n + 1):
        if seen[start] or p[start] == start:
            continue
        cycles += 1
        v = start
        while not seen[v]:
            seen[v] = True
            v = p[v]
    print(cycles)


main()
