"""The ones on the bridge leave in the order they got on (all take L), so they form a queue of (exit time, weight).
For the next one: start one unit after the previous got on, drop everything that has left by then, and while it
does not fit jump the clock to the front's exit time and drop it. O(N) in all."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, length, limit = int(data[0]), int(data[1]), int(data[2])
    on_bridge: deque[tuple[int, int]] = deque()
    load, time = 0, -1
    for weight in map(int, data[3:3 + n]):
        time += 1
        while on_bridge and on_bridge[0][0] <= time:
            load -= on_bridge.popleft()[1]
        while load + weight > limit:
            exit_time, gone = on_bridge.popleft()
            time = max(time, exit_time)
            load -= gone
        on_bridge.append((time + length, weight))
        load += weight
    print(time + length)


main()
