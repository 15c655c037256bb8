"""A queue of the recent times: push each new time at the back, pop from the front every time older than t - W."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, w = int(data[0]), int(data[1])
    recent: deque[int] = deque()
    out = []
    for t in map(int, data[2:2 + n]):
        recent.append(t)
        while recent[0] < t - w:
            recent.popleft()
        out.append(len(recent))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
