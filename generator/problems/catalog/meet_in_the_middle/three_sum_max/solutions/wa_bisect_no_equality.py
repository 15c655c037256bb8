"""Wrong: keeps the two-value sums in a sorted list and binary-searches x_k - x_c, but only checks that the
insertion point is inside the list, not that the sum found there is equal."""
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = sorted(int(v) for v in data[1:1 + n])
    sums = sorted(x[i] + x[j] for i in range(n) for j in range(i, n))
    for k in range(n - 1, -1, -1):
        target = x[k]
        for c in range(k):
            if bisect_left(sums, target - x[c]) < len(sums):
                print(target)
                return
    print(-1)


main()
