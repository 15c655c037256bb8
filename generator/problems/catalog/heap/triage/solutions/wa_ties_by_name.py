"""Ties broken by name instead of arrival order (the heap compares the name second)."""
import heapq
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    heap: list[tuple[int, bytes, int]] = []
    out = []
    for arrival in range(1, q + 1):
        parts = lines[arrival].split()
        if parts[0] == b"+":
            heapq.heappush(heap, (-int(parts[2]), parts[1], arrival))
        elif heap:
            out.append(heapq.heappop(heap)[1].decode())
        else:
            out.append("EMPTY")
    sys.stdout.write("\n".join(out) + "\n")


main()
