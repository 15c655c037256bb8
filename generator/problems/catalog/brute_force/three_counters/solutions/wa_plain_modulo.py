"""Wrong: compares year % P with E, which never matches E = P (that counter shows P, not 0)."""
import sys


def main():
    p, q, r, e, s, m = map(int, sys.stdin.read().split())
    for year in range(1, p * q * r + 1):
        if year % p == e and year % q == s and year % r == m:
            print(year)
            return
    print(-1)


main()
