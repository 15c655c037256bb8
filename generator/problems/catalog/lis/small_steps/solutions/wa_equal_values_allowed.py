"""Wrong: the window includes A_i itself, so equal values may follow each other."""
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    values = sorted(set(a))
    rank = {v: r for r, v in enumerate(values)}
    size = 1
    while size < len(values):
        size *= 2
    tree = [0] * (2 * size)
    answer = 0
    for x in a:
        lo = bisect_left(values, x - k) + size
        hi = rank[x] + 1 + size  # half-open: values up to x
        best = 0
        while lo < hi:
            if lo & 1:
                if tree[lo] > best:
                    best = tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                if tree[hi] > best:
                    best = tree[hi]
            lo >>= 1
            hi >>= 1
        best += 1
        if best > answer:
            answer = best
        p = rank[x] + size
        while p and tree[p] < best:
            tree[p] = best
            p >>= 1
    print(answer)


main()
