"""Wrong: turns the block, taking A as its width and B as its height.

Two passes of the sliding window maximum: a monotonic deque along every row gives the maximum of each
1 x B strip, a second deque down every column of those results gives the maximum of each A x B block; the answer
is the smallest block maximum. A never-ready cell counts as +infinity, so a block holding one is never chosen."""
import sys
from collections import deque

NEVER = 1 << 62


def window_maxima(values, k):
    """Maximum of every k consecutive values (an empty list when k > len(values))."""
    window = deque()
    out = []
    for i, x in enumerate(values):
        while window and values[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out


def main():
    data = sys.stdin.buffer.read().split()
    r, c, a, b = (int(x) for x in data[:4])
    cells = [NEVER if x == b"-1" else int(x) for x in data[4:4 + r * c]]
    strips = [window_maxima(cells[i * c:(i + 1) * c], a) for i in range(r)]
    best = NEVER
    for j in range(c - a + 1):
        column = [strips[i][j] for i in range(r)]
        best = min([best, *window_maxima(column, b)])
    print(-1 if best >= NEVER else best)


main()
