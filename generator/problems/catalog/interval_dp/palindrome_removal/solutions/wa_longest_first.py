"""Wrong: always removes the longest palindromic block of the current row (ties: the leftmost)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    row = [int(x) for x in data[1:1 + n]]
    steps = 0
    while row:
        best_len, best_start = 0, 0
        m = len(row)
        for centre in range(2 * m - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < m and row[lo] == row[hi]:
                lo -= 1
                hi += 1
            length = hi - lo - 1
            if length > best_len or (length == best_len and lo + 1 < best_start):
                best_len, best_start = length, lo + 1
        del row[best_start:best_start + best_len]
        steps += 1
    print(steps)


main()
