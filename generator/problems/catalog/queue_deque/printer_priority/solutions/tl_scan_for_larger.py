"""Too slow: simulates with a deque but scans the whole queue for a larger importance at every step."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    queue = deque(range(n))
    handled = 0
    while True:
        i = queue.popleft()
        if any(p[j] > p[i] for j in queue):
            queue.append(i)
            continue
        handled += 1
        if i == m - 1:
            break
    print(handled)


main()
