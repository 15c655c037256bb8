"""Wrong: prints 0 instead of -1 when no year has the name."""
import sys


def main():
    p, q, r, e, s, m = map(int, sys.stdin.read().split())
    for year in range(1, p * q * r + 1):
        if (year - 1) % p + 1 == e and (year - 1) % q + 1 == s and (year - 1) % r + 1 == m:
            print(year)
            return
    print(0)


main()
