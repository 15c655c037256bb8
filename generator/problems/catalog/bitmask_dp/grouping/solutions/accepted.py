"""Reference: score[S] = sum of a_ij over pairs inside S, built from S without its lowest member in O(2^N * N).
best[S] = best total for the people in S alone; the group of the lowest member of S is some sub-set T of S
containing it: best[S] = max over such T of score[T] + best[S \\ T]. Enumerating sub-masks makes it O(3^N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    size = 1 << n
    score = [0] * size
    for mask in range(1, size):
        low = (mask & -mask).bit_length() - 1
        rest = mask ^ (1 << low)
        row = a[low]
        score[mask] = score[rest] + sum(row[j] for j in range(low + 1, n) if rest >> j & 1)
    best = [0] * size
    for mask in range(1, size):
        low_bit = mask & -mask
        rest = mask ^ low_bit
        top = score[mask]  # everyone in one group
        sub = (rest - 1) & rest
        while sub != rest:  # the lowest member's group is low_bit | sub, the others are rest ^ sub
            value = score[low_bit | sub] + best[rest ^ sub]
            if value > top:
                top = value
            sub = (sub - 1) & rest
        best[mask] = top
    print(best[size - 1])


main()
