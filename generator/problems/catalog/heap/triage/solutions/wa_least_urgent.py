"""A min-heap on the level: the least urgent is called first."""
import heapq
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    heap: list[tuple[int, int, bytes]] = []
    out = []
    for arrival in range(1, q + 1):
        parts = lines[arrival].split()
        if parts[0] == b"+":
            heapq.heappush(heap, (int(parts[2]), arrival, parts[1]))
        elif heap:
            out.append(heapq.heappop(heap)[2].decode())
        else:
            out.append("EMPTY")
    sys.stdout.write("\n".join(out) + "\n")


main()
