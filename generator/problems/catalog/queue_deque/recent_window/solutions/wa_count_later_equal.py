"""Wrong: counts every event at a time inside the window, including later events at the same time as the current one."""
import sys
from bisect import bisect_left, bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    t = list(map(int, data[2:2 + n]))
    out = [bisect_right(t, t[i]) - bisect_left(t, t[i] - w) for i in range(n)]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
