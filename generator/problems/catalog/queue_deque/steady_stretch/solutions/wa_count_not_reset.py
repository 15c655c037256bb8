"""Wrong: when a longer run is found the count goes on from the shorter runs instead of restarting at 1."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    highs: deque[int] = deque()
    lows: deque[int] = deque()
    left, best, count = 0, 0, 0
    for right, v in enumerate(h):
        while highs and h[highs[-1]] <= v:
            highs.pop()
        highs.append(right)
        while lows and h[lows[-1]] >= v:
            lows.pop()
        lows.append(right)
        while h[highs[0]] - h[lows[0]] > k:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        length = right - left + 1
        if length > best:
            best, count = length, count + 1
        elif length == best:
            count += 1
    print(best, count)


main()
