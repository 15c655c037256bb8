"""WRONG: every vertex picks its cheapest edge and the distinct picks are summed (may leave the graph split)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    best = [None] * (n + 1)
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        for x in (u, v):
            if best[x] is None or (w, i) < best[x]:
                best[x] = (w, i)
    print(sum(w for w, _ in {b for b in best if b is not None}))


main()
