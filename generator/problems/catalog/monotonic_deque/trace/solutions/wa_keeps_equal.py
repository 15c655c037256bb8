"""Wrong: removes only strictly smaller values at the back, so an equal older value stays in the list."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n]))
    window: deque[tuple[int, int]] = deque()
    out = []
    for i, v in enumerate(values, start=1):
        while window and window[-1][1] < v:
            window.pop()
        window.append((i, v))
        if window[0][0] <= i - k:
            window.popleft()
        out.append(" ".join(str(value) for _, value in window))
    sys.stdout.write("\n".join(out) + "\n")


main()
