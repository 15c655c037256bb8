"""Wrong: answers YES when C has the letters of A and B together and each of A and B is a subsequence of C on its
own, without checking that the two can use disjoint positions."""
import sys
from collections import Counter


def subsequence(small, big):
    it = iter(big)
    return all(x in it for x in small)


def merge(a, b, c):
    return Counter(a) + Counter(b) == Counter(c) and subsequence(a, c) and subsequence(b, c)


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join("YES" if merge(*data[1 + 3 * k:4 + 3 * k]) else "NO" for k in range(t)))


main()
