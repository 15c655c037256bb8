"""Reference (brute force): try M = 1, 2, ..., N - 1 in increasing order; the first M with M + digitsum(M) = N
is the smallest generator. O(N log N)."""
import sys


def main():
    n = int(sys.stdin.readline())
    for m in range(1, n):
        if m + sum(map(int, str(m))) == n:
            print(m)
            return
    print(0)


main()
