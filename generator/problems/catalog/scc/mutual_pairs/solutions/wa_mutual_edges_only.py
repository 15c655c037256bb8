"""Wrong: reads "reach each other" as "joined by edges in both directions" and counts the pairs (u, v) with both
u -> v and v -> u given; a cycle of three or more vertices makes pairs reach each other without such edges."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[1])
    edges = set()
    for i in range(m):
        edges.add((int(data[2 + 2 * i]), int(data[3 + 2 * i])))
    print(sum(1 for u, v in edges if u < v and (v, u) in edges))


main()
