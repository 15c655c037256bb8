"""Wrong: stops after P * Q years, too early when the third counter needs more rounds."""
import sys


def main():
    p, q, r, e, s, m = map(int, sys.stdin.read().split())
    for year in range(1, p * q + 1):
        if (year - 1) % p + 1 == e and (year - 1) % q + 1 == s and (year - 1) % r + 1 == m:
            print(year)
            return
    print(-1)


main()
