"""Wrong: the digit sum skips the last digit."""
import sys


def main():
    n = int(sys.stdin.readline())
    for m in range(1, n):
        if m + sum(map(int, str(m)[:-1])) == n:
            print(m)
            return
    print(0)


main()
