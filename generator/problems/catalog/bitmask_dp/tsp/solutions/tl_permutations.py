"""Too slow: the natural shortcut, every one of the (N-1)! orders of places 2..N."""
import sys
from itertools import permutations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    best = -1
    for order in permutations(range(1, n)):
        total, here = 0, 0
        for nxt in order:
            if w[here][nxt] == 0:
                break
            total += w[here][nxt]
            here = nxt
        else:
            if w[here][0] and (best < 0 or total + w[here][0] < best):
                best = total + w[here][0]
    print(best)


main()
