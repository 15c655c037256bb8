"""Members by decreasing factor: when member i joins, every member seen so far has a factor >= e_i, so the best
team whose smallest factor is e_i takes the K largest speeds among them (a min-heap of size K with its sum)."""
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
        best = max(best, total * factor)
    print(best)


main()
