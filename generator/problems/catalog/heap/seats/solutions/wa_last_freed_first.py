"""Freed numbers are reused last-freed first (a stack), not smallest first."""
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
                out.append(freed.pop())
            else:
                out.append(next_new)
                next_new += 1
        else:
            freed.append(int(line[2:]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
