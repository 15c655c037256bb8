"""Wrong: prints the compressed index of the deepest point instead of mapping it back to its coordinate."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = list(map(int, data[1:2 * n + 1:2]))
    stops = [int(r) + 1 for r in data[2:2 * n + 1:2]]
    coords = sorted(set(starts) | set(stops))
    index = {c: i for i, c in enumerate(coords)}
    diff = [0] * (len(coords) + 1)
    for l in starts:
        diff[index[l]] += 1
    for s in stops:
        diff[index[s]] -= 1
    best, best_at, depth = 0, 0, 0
    for i, d in enumerate(diff):
        depth += d
        if depth > best:
            best, best_at = depth, i
    print(best, best_at)


main()
