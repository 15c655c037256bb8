"""Members by decreasing speed instead of factor: the multiplier is not the team's smallest factor."""
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    members = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), key=lambda m: -m[1])
    kept: list[int] = []
    total = best = 0
    low = 0
    for factor, speed in members:
        heapq.heappush(kept, speed)
        total += speed
        if len(kept) > k:
            total -= heapq.heappop(kept)
        low = factor if not best else min(low, factor)
        best = max(best, total * low)
    print(best)


main()
