"""Reference: sort the values; a left pointer at the smallest and a right pointer at the largest. Their sum is
checked, then the pointer that can only make |sum| worse is dropped: the left one when the sum is negative (the
smallest value with any remaining partner only gives smaller sums), the right one otherwise. The pointers never
meet on one value, so both values of a pair are different liquids. O(N log N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = sorted(int(x) for x in data[1:1 + n])
    lo, hi = 0, n - 1
    best = abs(values[lo] + values[hi])
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
