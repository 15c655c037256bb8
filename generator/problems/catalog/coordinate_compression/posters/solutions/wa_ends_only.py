"""Wrong: compresses only the first and last cells of the posters and treats neighbouring compressed cells as
touching, so an uncovered gap between two posters disappears (the poster showing through it is lost)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = list(map(int, data[1:2 * n + 1:2]))
    ends = list(map(int, data[2:2 * n + 1:2]))
    coords = sorted(set(starts) | set(ends))
    index = {c: i for i, c in enumerate(coords)}
    nxt = list(range(len(coords) + 1))

    def find(j: int) -> int:
        while nxt[j] != j:
            nxt[j] = nxt[nxt[j]]
            j = nxt[j]
        return j

    visible = 0
    for i in range(n - 1, -1, -1):
        a, b = index[starts[i]], index[ends[i]] + 1
        j = find(a)
        if j < b:
            visible += 1
            while j < b:
                nxt[j] = j + 1
                j = find(j + 1)
    print(visible)


main()
