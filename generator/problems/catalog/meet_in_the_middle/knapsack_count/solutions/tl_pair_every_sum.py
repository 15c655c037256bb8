"""Too slow: enumerates the subset sums of both halves, then pairs every left sum with every right sum, O(2^N)."""
import sys


def subset_sums(values):
    sums = [0]
    for v in values:
        sums += [s + v for s in sums]
    return sums


def main():
    data = sys.stdin.buffer.read().split()
    n, c = int(data[0]), int(data[1])
    w = [int(x) for x in data[2:2 + n]]
    left = subset_sums(w[:n // 2])
    right = subset_sums(w[n // 2:])
    count = 0
    for s in left:
        room = c - s
        for t in right:
            if t <= room:
                count += 1
    print(count)


main()
