"""Wrong: searches downward from N, so the first generator found is the largest one."""
import sys


def main():
    n = int(sys.stdin.readline())
    for m in range(n - 1, 0, -1):
        if m + sum(map(int, str(m))) == n:
            print(m)
            return
    print(0)


main()
