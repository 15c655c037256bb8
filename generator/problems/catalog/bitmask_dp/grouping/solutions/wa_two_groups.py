"""Wrong: the same sub-mask DP idea cut short, trying only splits into at most two groups (a set and the
rest), never three or more."""
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
    full = size - 1
    print(max(score[mask] + score[full ^ mask] for mask in range(size)))


main()
