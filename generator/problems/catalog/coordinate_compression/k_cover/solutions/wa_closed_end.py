"""Wrong: treats the segments as sets of integer points, counting r_i - l_i + 1 per stretch, so touching
segments overlap and every finished stretch is one too long."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    starts = list(map(int, data[2:2 * n + 2:2]))
    stops = [int(r) + 1 for r in data[3:2 * n + 2:2]]
    coords = sorted(set(starts) | set(stops))
    index = {c: i for i, c in enumerate(coords)}
    diff = [0] * (len(coords) + 1)
    for l in starts:
        diff[index[l]] += 1
    for s in stops:
        diff[index[s]] -= 1
    total, depth = 0, 0
    for t in range(len(coords) - 1):
        depth += diff[t]
        if depth >= k:
            total += coords[t + 1] - coords[t]
    print(total)


main()
