"""Boxes from the smallest capacity up: every item that now fits joins a max-heap of values; the box takes the
most valuable one (a larger box could take anything this one can, so the smallest box chooses first)."""
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    items = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[3:3 + 2 * n:2])))
    caps = sorted(map(int, data[2 + 2 * n:2 + 2 * n + k]))
    fits: list[int] = []
    i = total = 0
    for cap in caps:
        while i < n and items[i][0] <= cap:
            heapq.heappush(fits, -items[i][1])
            i += 1
        if fits:
            total -= heapq.heappop(fits)
    print(total)


main()
