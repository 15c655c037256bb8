"""Compress the event coordinates (every l and every r + 1), add +1 at l and -1 at r + 1 in a difference array
over the compressed indices, and scan the prefix sums; the first index with the largest sum is the answer's
coordinate."""
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
    print(best, coords[best_at])


main()
