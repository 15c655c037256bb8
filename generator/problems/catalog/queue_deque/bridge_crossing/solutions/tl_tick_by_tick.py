"""Too slow: the usual simulation that advances the clock one unit at a time (queue of the ones on the bridge)."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, length, limit = int(data[0]), int(data[1]), int(data[2])
    a = list(map(int, data[3:3 + n]))
    on_bridge: deque[tuple[int, int]] = deque()
    load, time, nxt = 0, 0, 0
    last_exit = 0
    while nxt < n:
        while on_bridge and on_bridge[0][0] <= time:
            load -= on_bridge.popleft()[1]
        if load + a[nxt] <= limit:
            on_bridge.append((time + length, a[nxt]))
            load += a[nxt]
            last_exit = time + length
            nxt += 1
        time += 1
    print(last_exit)


main()
