"""Compress every end into elementary pieces [x_t, x_(t+1)], add +1 at l and -1 at r in a difference array over
the piece indices, and add the real width of every piece covered at least K times."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    starts = list(map(int, data[2:2 * n + 2:2]))
    ends = list(map(int, data[3:2 * n + 2:2]))
    coords = sorted(set(starts) | set(ends))
    index = {c: i for i, c in enumerate(coords)}
    diff = [0] * (len(coords) + 1)
    for l in starts:
        diff[index[l]] += 1
    for r in ends:
        diff[index[r]] -= 1
    total, depth = 0, 0
    for t in range(len(coords) - 1):
        depth += diff[t]
        if depth >= k:
            total += coords[t + 1] - coords[t]
    print(total)


main()
