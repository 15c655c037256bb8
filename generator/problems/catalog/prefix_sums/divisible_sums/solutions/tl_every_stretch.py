"""Too slow: for every start, extend the stretch with a running sum and test each one (O(N^2))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(v) for v in data[2:2 + n]]
    count = 0
    for l in range(n):
        run = 0
        for r in range(l, n):
            run += a[r]
            if run % m == 0:
                count += 1
    print(count)


main()
