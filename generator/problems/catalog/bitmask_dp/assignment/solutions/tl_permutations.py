"""Too slow: the natural shortcut, every one of the N! assignments."""
import sys
from itertools import permutations


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    best = None
    for p in permutations(range(n)):
        total = sum(cost[i][p[i]] for i in range(n))
        if best is None or total < best:
            best = total
    print(best)


main()
