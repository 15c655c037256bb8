"""Wrong: counts a vehicle that gets off at time s as still on the bridge at s (leaves strictly after)."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, length, limit = int(data[0]), int(data[1]), int(data[2])
    on_bridge: deque[tuple[int, int]] = deque()
    load, time = 0, -1
    for weight in map(int, data[3:3 + n]):
        time += 1
        while on_bridge and on_bridge[0][0] < time:
            load -= on_bridge.popleft()[1]
        while load + weight > limit:
            exit_time, gone = on_bridge.popleft()
            time = max(time, exit_time + 1)
            load -= gone
        on_bridge.append((time + length, weight))
        load += weight
    print(time + length)


main()
