"""Freed numbers are reused first come, first served (a queue order), not smallest first."""
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
            if freed:
                out.append(freed.pop(0))
            else:
                out.append(next_new)
                next_new += 1
        else:
            freed.append(int(line[2:]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
