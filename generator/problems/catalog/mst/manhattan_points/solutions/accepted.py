"""Reference: Prim's algorithm on the complete graph in O(N^2) — no edge list; each step takes the outside point
closest to the tree and lowers the other points' distances to the tree through it."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rx = [int(v) for v in data[1:2 * n + 1:2]]
    ry = [int(v) for v in data[2:2 * n + 2:2]]
    px, py = rx.pop(), ry.pop()
    rd = [abs(x - px) + abs(y - py) for x, y in zip(rx, ry)]
    total = 0
    while rd:
        best = min(rd)
        i = rd.index(best)
        total += best
        px, py = rx[i], ry[i]
        # Remove point i by moving the last one into its place.
        rx[i], ry[i], rd[i] = rx[-1], ry[-1], rd[-1]
        rx.pop(), ry.pop(), rd.pop()
        rd = [d if d <= (t := abs(x - px) + abs(y - py)) else t for d, x, y in zip(rd, rx, ry)]
    print(total)


main()
