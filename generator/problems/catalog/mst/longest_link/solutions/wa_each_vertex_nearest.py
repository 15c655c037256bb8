"""Wrong: the largest of the vertices' shortest edges — every vertex is touched, but the groups may stay apart."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    nearest = [None] * (n + 1)
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        for x in (u, v):
            if nearest[x] is None or w < nearest[x]:
                nearest[x] = w
    print(max((w for w in nearest[1:] if w is not None), default=0))


main()
