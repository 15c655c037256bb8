"""Simulate the queue; a count per importance level tells in O(1) which is the largest importance still waiting.
Each level is finished within one more round of the queue, so there are at most about (levels + 1) * N steps."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    p = list(map(int, data[2:2 + n]))
    count = [0] * (max(p) + 1)
    for v in p:
        count[v] += 1
    top = len(count) - 1
    queue = deque(range(n))
    handled = 0
    while True:
        i = queue.popleft()
        if p[i] < top:
            queue.append(i)
            continue
        handled += 1
        if i == m - 1:
            break
        count[top] -= 1
        while count[top] == 0:
            top -= 1
    print(handled)


main()
