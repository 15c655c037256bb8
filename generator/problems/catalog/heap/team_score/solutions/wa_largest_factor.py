"""Multiplies by the largest factor (the first member's) instead of the newest, smallest one."""
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
        best = max(best, total * members[0][0])
    print(best)


main()
