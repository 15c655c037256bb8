"""Wrong: skips the simulation and counts the more important items plus the equal ones initially ahead of it,
ignoring that the queue has rotated by the time the equal ones are handled."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    mine = p[m - 1]
    print(sum(1 for v in p if v > mine) + sum(1 for v in p[:m - 1] if v == mine) + 1)


main()
