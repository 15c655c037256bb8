"""Too slow: tries every pair of values, O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = [int(x) for x in data[1:1 + n]]
    best = None
    for i in range(n):
        a = values[i]
        for j in range(i + 1, n):
            s = a + values[j]
            if s < 0:
                s = -s
            if best is None or s < best:
                best = s
    print(best)


main()
