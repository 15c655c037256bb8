"""Reference: edit distance (Levenshtein) by the (i, j) table, one row at a time. cur[j] = fewest operations
turning A[:i] into B[:j]; the border is i deletions / j insertions."""
import sys


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = list(range(m + 1))
    for i, ch in enumerate(a, 1):
        cur = [i] + [0] * m
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
