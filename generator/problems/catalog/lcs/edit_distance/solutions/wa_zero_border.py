"""Wrong: the border of the table is 0 instead of i deletions / j insertions (an empty prefix is not free)."""
import sys


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = [0] * (m + 1)
    for ch in a:
        cur = [0] + [0] * m
        for j in range(m):
            if ch == b[j]:
                cur[j + 1] = prev[j]
            else:
                best = prev[j]
                if prev[j + 1] < best:
                    best = prev[j + 1]
                if cur[j] < best:
                    best = cur[j]
                cur[j + 1] = best + 1
        prev = cur
    print(prev[m])


main()
