"""Wrong: starts the best value at 10^9 as "infinity", but |a_i + a_j| can reach 2 * 10^9, so when every pair is
that far from 0 it prints 10^9."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = sorted(int(x) for x in data[1:1 + n])
    lo, hi = 0, n - 1
    best = 10 ** 9
    while lo < hi:
        total = values[lo] + values[hi]
        if abs(total) < best:
            best = abs(total)
        if total < 0:
            lo += 1
        elif total > 0:
            hi -= 1
        else:
            break
    print(best)


main()
