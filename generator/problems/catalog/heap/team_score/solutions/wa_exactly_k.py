"""Only teams of exactly K members are scored: a smaller team can be better."""
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    members = sorted(zip(map(int, data[3:3 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])), reverse=True)
    kept: list[int] = []
    total = best = 0
    for factor, speed in members:
        heapq.heappush(kept, speed)
        total += speed
        if len(kept) > k:
            total -= heapq.heappop(kept)
        if len(kept) == k:
            best = max(best, total * factor)
    print(best)


main()
