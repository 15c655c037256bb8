"""Wrong: prints -1 instead of 0 when N has no generator."""
import sys


def main():
    n = int(sys.stdin.readline())
    for m in range(1, n):
        if m + sum(map(int, str(m))) == n:
            print(m)
            return
    print(-1)


main()
