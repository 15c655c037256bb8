"""Too slow: for every start, extend the stretch to the right with a running sum (O(N^2) stretches)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    b = [int(v) - k for v in data[2:2 + n]]
    pairs = 0
    for l in range(n):
        run = 0
        for r in range(l, n):
            run += b[r]
            if run >= 0:
                pairs += 1
    print(pairs)


main()
