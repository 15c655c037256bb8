"""Wrong: a value of A that B lacks is given position -1 instead of being skipped, so it can start the chain."""
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = data[2:2 + n]
    where = {v: j for j, v in enumerate(data[2 + n:2 + n + m])}
    tails = []
    for v in a:
        j = where.get(v, -1)
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
        else:
            tails[k] = j
    print(len(tails))


main()
