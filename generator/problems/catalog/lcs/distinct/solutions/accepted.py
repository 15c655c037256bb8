"""Reference: every value occurs at most once in each list, so a common subsequence is a run of A's common values
whose positions in B increase. Map A to positions in B (skipping values B lacks), then the longest strictly
increasing subsequence of those positions by patience sorting: O((N + M) log N)."""
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = data[2:2 + n]
    where = {v: j for j, v in enumerate(data[2 + n:2 + n + m])}
    tails = []
    for v in a:
        j = where.get(v)
        if j is None:
            continue
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
        else:
            tails[k] = j
    print(len(tails))


main()
