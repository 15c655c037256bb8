"""Never reuses a freed number: always the next never-used one."""
import heapq
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    freed: list[int] = []
    next_new = 1
    out = []
    for i in range(1, q + 1):
        line = lines[i]
        if line == b"+":
            out.append(next_new)
            next_new += 1
        else:
            heapq.heappush(freed, int(line[2:]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
