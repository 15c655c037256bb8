"""Too slow: every triple of values (a <= b <= c) looked up in the set of values, O(N^3)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = sorted(int(v) for v in data[1:1 + n])
    values = set(x)
    best = -1
    for i in range(n):
        for j in range(i, n):
            ab = x[i] + x[j]
            for k in range(j, n):
                if ab + x[k] in values and ab + x[k] > best:
                    best = ab + x[k]
    print(best)


main()
