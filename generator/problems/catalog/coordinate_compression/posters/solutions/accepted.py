"""Compress the wall: the boundaries are every l and every r + 1, so piece j is the cells from coords[j] to
coords[j + 1] - 1 and an uncovered gap stays a piece of its own. Then paint from the last poster to the first: a
piece painted by a later poster stays hidden, and nxt[j] jumps over painted pieces (path halving), so every piece
is painted once. A poster is visible iff it painted at least one piece."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = list(map(int, data[1:2 * n + 1:2]))
    stops = [int(r) + 1 for r in data[2:2 * n + 1:2]]
    coords = sorted(set(starts) | set(stops))
    index = {c: i for i, c in enumerate(coords)}
    nxt = list(range(len(coords) + 1))  # nxt[j]: a piece >= j that may still be unpainted

    def find(j: int) -> int:
        while nxt[j] != j:
            nxt[j] = nxt[nxt[j]]
            j = nxt[j]
        return j

    visible = 0
    for i in range(n - 1, -1, -1):
        a, b = index[starts[i]], index[stops[i]]  # pieces a .. b - 1
        j = find(a)
        if j < b:
            visible += 1
            while j < b:
                nxt[j] = j + 1
                j = find(j + 1)
    print(visible)


main()
