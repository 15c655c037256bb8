"""Reference (brute force): the names repeat with period lcm(P, Q, R) <= P * Q * R, so walk the years
1 .. P * Q * R and print the first whose name is (E, S, M); -1 if none is."""
import sys


def main():
    p, q, r, e, s, m = map(int, sys.stdin.read().split())
    for year in range(1, p * q * r + 1):
        if (year - 1) % p + 1 == e and (year - 1) % q + 1 == s and (year - 1) % r + 1 == m:
            print(year)
            return
    print(-1)


main()
