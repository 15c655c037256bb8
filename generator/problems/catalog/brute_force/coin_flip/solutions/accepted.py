"""Reference (brute force over the rows): flipping a line twice undoes it and the order does not matter, so a
solution is a set of rows and a set of columns. Try every set of rows (2^R, halved because flipping every row
gives the same best as flipping none); then each column is independent: with t tails left in it, flip it iff that
helps, leaving min(t, R - t). Equal columns are grouped. O(2^R * C)."""
import sys
from collections import Counter


try:
    popcount = int.bit_count
except AttributeError:  # Python 3.9 (the PyPy of many judges) has no int.bit_count
    def popcount(x):
        return bin(x).count("1")


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    rows = data[2:2 + r]
    columns = Counter(sum(1 << i for i in range(r) if rows[i][j] == "T") for j in range(c))
    groups = list(columns.items())
    best = r * c
    for mask in range(1 << (r - 1)):
        total = 0
        for column, count in groups:
            t = popcount(column ^ mask)
            total += count * (t if t < r - t else r - t)
        if total < best:
            best = total
    print(best)


main()
